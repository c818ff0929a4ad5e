'use client';

import { useState } from 'react';
import { BalkenChart } from '@/components/charts/BalkenChart';
import { Auswahl, StichtagAuswahl } from '@/components/charts/shared/Auswahl';
import { ChartRahmen, type Herkunft } from '@/components/charts/shared/ChartRahmen';
import { fmtDatum } from '@/lib/format';
import type { MassOption } from '@/lib/themen/config';
import type { KompaktDaten } from '@/lib/themen/model';
import { vergleich, type Ebene } from '@/lib/themen/punkte';
import { diagramm } from '@/lib/i18n/diagramm';

interface Props extends Herkunft {
  id: string;
  titel: string;
  k: KompaktDaten;
  ags: string;
  merkmal: string;
  masse: MassOption[];
  /** The levels to compare (coarsest first), named in the plural. */
  ebenen: { wert: Ebene; label: string }[];
  dateiname: string;
}

/** Area comparison with Stichtag, level and measure selectors; recomputed in the browser. */
export function VergleichKarte({ id, titel, k, ags, merkmal, masse, ebenen, dateiname, ...herkunft }: Props) {
  const stichtage = k.stichtage.filter((s) => k.gebiete.some((g) => g.ebene !== 'stadt' && k.werte[merkmal]?.[g.id]?.[s]));
  const [stichtag, setStichtag] = useState(stichtage.at(-1) ?? '');
  const [ebene, setEbene] = useState<Ebene>(ebenen[0]?.wert ?? '');
  const [massId, setMassId] = useState(masse[0]?.id ?? 'anzahl');
  const mass = masse.find((m) => m.id === massId) ?? masse[0];
  const v = vergleich(k, ags, ebene, stichtag, merkmal, mass?.mass ?? { art: 'anzahl' });
  const s = herkunft.sprache;
  const w = diagramm(s);
  const steuerung = (
    <>
      <StichtagAuswahl stichtage={stichtage} wert={stichtag} onChange={setStichtag} testid={`${id}-stichtag`} sprache={s} />
      {ebenen.length > 1 && <Auswahl label={w.ebene} wert={ebene} optionen={ebenen} onChange={setEbene} testid={`${id}-ebene`} />}
      <Auswahl label={w.darstellung} wert={massId} optionen={masse.map((m) => ({ wert: m.id, label: m.label }))} onChange={setMassId} testid={`${id}-mass`} />
    </>
  );
  const ebeneName = ebenen.find((e) => e.wert === ebene)?.label ?? ebene;
  const beschreibung = `${w.imVergleich(ebeneName, mass?.label ?? '', fmtDatum(stichtag, s))}${v.referenz ? ` ${w.referenzLinie(`${v.referenz.label}${v.referenz.illustrativ ? ` (${w.beispieldaten})` : ''}`)}` : ''}`;
  return (
    <ChartRahmen art="balken" id={id} titel={titel} beschreibung={beschreibung} punkte={v.punkte} tabellenKopf={ebeneName} dateiname={`${dateiname}-${ebene}-${stichtag}-${massId}`} steuerung={steuerung} {...herkunft}>
      <BalkenChart punkte={v.punkte} referenz={v.referenz} sprache={s} />
    </ChartRahmen>
  );
}
