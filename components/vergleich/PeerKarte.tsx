'use client';

import { useState } from 'react';
import { BalkenChart } from '@/components/charts/BalkenChart';
import { Auswahl } from '@/components/charts/shared/Auswahl';
import { ChartRahmen, type Herkunft } from '@/components/charts/shared/ChartRahmen';
import { fmtDatum } from '@/lib/format';
import type { Punkt } from '@/lib/themen/model';
import { gruppen, MASSE, type Vergleich } from '@/lib/vergleich/regionen';

interface Props extends Herkunft {
  v: Vergleich;
}

/** The municipality ranked among a peer group by one measure, highlighted, with the Land as reference. */
export function PeerKarte({ v, ...herkunft }: Props) {
  const gs = gruppen(v);
  const [gruppeId, setGruppe] = useState(gs.at(-1)?.id ?? 'alle');
  const [massId, setMass] = useState(MASSE[0]?.id ?? '');
  const gruppe = gs.find((g) => g.id === gruppeId) ?? gs[0];
  const mass = MASSE.find((m) => m.id === massId) ?? MASSE[0];
  if (!gruppe || !mass) return null;
  const quelle = v.quellen.find((q) => q.includes('12521')) ?? v.quellen[0] ?? '';
  const punkte: Punkt[] = gruppe.regionen
    .map((r) => ({ r, w: mass.wert(r) }))
    .sort((a, b) => (b.w ?? -Infinity) - (a.w ?? -Infinity) || a.r.name.localeCompare(b.r.name, 'de'))
    .map(({ r, w }) => ({ x: r.ags, xLabel: r.name, reihe: mass.id, reiheLabel: mass.label, wert: w, zeichen: w === null ? '.' : null, einheit: mass.einheit, illustrativ: false, quelle, stichtag: v.stichtag }));
  const land = v.regionen.find((r) => r.typ === 'Land');
  const ref = land ? mass.wert(land) : null;
  const eigene = v.regionen.find((r) => r.ags === v.eigene);
  const rang = punkte.findIndex((p) => p.x === v.eigene) + 1;
  return (
    <ChartRahmen
      art="balken"
      id="vergleich-regionen"
      titel={`${mass.label}: ${gruppe.label}`}
      beschreibung={`Stichtag ${fmtDatum(v.stichtag)}; berechnet aus den IT.NRW-Tabellen ${v.quellen.map((q) => q.replace('genesis-', '')).join(' und ')}. ${eigene && rang > 0 ? `${eigene.name} (hervorgehoben) auf Rang ${rang} von ${punkte.length}.` : ''}${land && ref !== null ? ` Die gestrichelte Linie zeigt ${land.name}.` : ''}`}
      punkte={punkte}
      tabellenKopf="Region"
      dateiname={`vergleich-${gruppe.id}-${mass.id}-${v.stichtag}`}
      steuerung={
        <>
          <Auswahl label="Vergleich mit" wert={gruppe.id} optionen={gs.map((g) => ({ wert: g.id, label: g.label }))} onChange={(w) => setGruppe(w as typeof gruppeId)} testid="vergleich-gruppe" />
          <Auswahl label="Kennzahl" wert={mass.id} optionen={MASSE.map((m) => ({ wert: m.id, label: m.label }))} onChange={setMass} testid="vergleich-kennzahl" />
        </>
      }
      {...herkunft}
    >
      <BalkenChart punkte={punkte} referenz={land && ref !== null ? { stadt: false, label: land.name, wert: ref, illustrativ: false } : null} hervorheben={v.eigene} />
    </ChartRahmen>
  );
}
