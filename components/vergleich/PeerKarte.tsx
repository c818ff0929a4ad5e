'use client';

import { BalkenChart } from '@/components/charts/BalkenChart';
import { Auswahl } from '@/components/charts/shared/Auswahl';
import { useAnsicht } from '@/components/useAnsicht';
import { waehlen } from '@/lib/ansicht/url';
import { ChartRahmen, type Herkunft } from '@/components/charts/shared/ChartRahmen';
import { fmtDatum } from '@/lib/format';
import { diagramm } from '@/lib/i18n/diagramm';
import type { Punkt } from '@/lib/themen/model';
import { gruppen, MASSE, type Vergleich } from '@/lib/vergleich/regionen';

interface Props extends Herkunft {
  v: Vergleich;
}

type MassId = (typeof MASSE)[number]['id'];

/** The municipality ranked among a peer group by one measure, highlighted, with the Land as reference. */
export function PeerKarte({ v, ...herkunft }: Props) {
  const s = herkunft.sprache ?? 'de';
  const w = diagramm(s).vergleich;
  const gs = gruppen(v, s);
  // Peer group and measure live in the address (?vergleich-regionen.gruppe=…&vergleich-regionen.mass=…).
  const ansicht = useAnsicht('vergleich-regionen');
  const standard = { gruppe: gs.at(-1)?.id ?? 'alle', mass: MASSE[0].id as string };
  const gewaehlt = [
    waehlen(
      ansicht.lesen('gruppe'),
      gs.map((g) => g.id),
      standard.gruppe,
    ),
    waehlen<MassId>(
      ansicht.lesen('mass'),
      MASSE.map((m) => m.id),
      MASSE[0].id,
    ),
  ] as const;
  const [gruppeId, massId] = [gewaehlt[0].wert, gewaehlt[1].wert];
  const setGruppe = (g: string) => ansicht.setzen({ gruppe: g }, standard);
  const setMass = (m: MassId) => ansicht.setzen({ mass: m }, standard);
  const gruppe = gs.find((g) => g.id === gruppeId) ?? gs[0];
  const mass = MASSE.find((m) => m.id === massId) ?? MASSE[0];
  if (!gruppe) return null;
  const label = w.masse[mass.id];
  const quelle = v.quellen.find((q) => q.includes('12521')) ?? v.quellen[0] ?? '';
  const punkte: Punkt[] = gruppe.regionen
    .map((r) => ({ r, w: mass.wert(r) }))
    .sort((a, b) => (b.w ?? -Infinity) - (a.w ?? -Infinity) || a.r.name.localeCompare(b.r.name, 'de'))
    .map(({ r, w: wert }) => ({ x: r.ags, xLabel: r.name, reihe: mass.id, reiheLabel: label, wert, zeichen: wert === null ? '.' : null, einheit: mass.einheit, illustrativ: false, quelle, stichtag: v.stichtag }));
  const land = v.regionen.find((r) => r.typ === 'Land');
  const ref = land ? mass.wert(land) : null;
  const eigene = v.regionen.find((r) => r.ags === v.eigene);
  const referenz = land && ref !== null ? { stadt: false, label: land.name, wert: ref, illustrativ: false, quelle } : null;
  const rang = punkte.findIndex((p) => p.x === v.eigene) + 1;
  return (
    <ChartRahmen
      art="balken"
      id="vergleich-regionen"
      titel={`${label}: ${gruppe.label}`}
      beschreibung={`${w.berechnet(
        fmtDatum(v.stichtag, s),
        v.quellen.map((q) => q.replace('genesis-', '')).join(` ${diagramm(s).und} `),
      )}${eigene && rang > 0 ? w.hervorgehoben(eigene.name, rang, punkte.length) : ''}${land && ref !== null ? w.linieZeigt(land.name) : ''}`}
      punkte={punkte}
      tabellenKopf={w.region}
      dateiname={`vergleich-${gruppe.id}-${mass.id}-${v.stichtag}`}
      steuerung={
        <>
          <Auswahl label={w.vergleichMit} wert={gruppe.id} optionen={gs.map((g) => ({ wert: g.id, label: g.label }))} onChange={setGruppe} testid="vergleich-gruppe" name="vergleich-regionen.gruppe" />
          <Auswahl<MassId> label={w.kennzahl} wert={mass.id} optionen={MASSE.map((m) => ({ wert: m.id, label: w.masse[m.id] }))} onChange={setMass} testid="vergleich-kennzahl" name="vergleich-regionen.mass" />
        </>
      }
      referenz={referenz}
      falsch={gewaehlt.flatMap((g) => (g.falsch ? [g.falsch] : []))}
      {...herkunft}
    >
      <BalkenChart punkte={punkte} referenz={referenz} hervorheben={v.eigene} sprache={s} />
    </ChartRahmen>
  );
}
