'use client';

import { BalkenChart } from '@/components/charts/BalkenChart';
import { Auswahl, StichtagAuswahl } from '@/components/charts/shared/Auswahl';
import { ChartRahmen, type Herkunft } from '@/components/charts/shared/ChartRahmen';
import { useAnsicht } from '@/components/useAnsicht';
import { waehlen } from '@/lib/ansicht/url';
import { fmtDatum } from '@/lib/format';
import type { MassOption } from '@/lib/themen/config';
import type { KompaktFuerClient } from '@/lib/themen/kompaktGepackt';
import { useKompakt } from '@/components/useKompakt';
import { vergleich, type Ebene } from '@/lib/themen/punkte';
import { diagramm } from '@/lib/i18n/diagramm';

interface Props extends Herkunft {
  id: string;
  titel: string;
  /** Packed by the server (lib/themen/kompaktGepackt.ts), or as it is. */
  k: KompaktFuerClient;
  ags: string;
  merkmal: string;
  masse: MassOption[];
  /** The levels to compare (coarsest first), named in the plural. */
  ebenen: { wert: Ebene; label: string }[];
  dateiname: string;
}

/** Area comparison with Stichtag, level and measure selectors; recomputed in the browser. */
export function VergleichKarte({ id, titel, k: erhalten, ags, merkmal, masse, ebenen, dateiname, ...herkunft }: Props) {
  const k = useKompakt(erhalten);
  const stichtage = k.stichtage.filter((s) => k.gebiete.some((g) => g.ebene !== 'stadt' && k.werte[merkmal]?.[g.id]?.[s]));
  // Stichtag, level and measure live in the address (?<id>.stichtag=…&<id>.ebene=…&<id>.mass=…).
  const ansicht = useAnsicht(id);
  const standard = { stichtag: stichtage.at(-1) ?? '', ebene: ebenen[0]?.wert ?? '', mass: masse[0]?.id ?? 'anzahl' };
  const gewaehlt = [
    waehlen(ansicht.lesen('stichtag'), stichtage, standard.stichtag),
    waehlen(ansicht.lesen('ebene'), ebenen.map((e) => e.wert), standard.ebene),
    waehlen(ansicht.lesen('mass'), masse.map((m) => m.id), standard.mass),
  ] as const;
  const [stichtag, ebene, massId] = gewaehlt.map((g) => g.wert) as [string, Ebene, string];
  const setzen = (feld: keyof typeof standard) => (wert: string) => ansicht.setzen({ [feld]: wert }, standard);
  const [setStichtag, setEbene, setMassId] = [setzen('stichtag'), setzen('ebene'), setzen('mass')];
  const mass = masse.find((m) => m.id === massId) ?? masse[0];
  const v = vergleich(k, ags, ebene, stichtag, merkmal, mass?.mass ?? { art: 'anzahl' });
  const s = herkunft.sprache;
  const w = diagramm(s);
  const steuerung = (
    <>
      <StichtagAuswahl stichtage={stichtage} wert={stichtag} onChange={setStichtag} testid={`${id}-stichtag`} name={`${id}.stichtag`} sprache={s} />
      {ebenen.length > 1 && <Auswahl label={w.ebene} wert={ebene} optionen={ebenen} onChange={setEbene} testid={`${id}-ebene`} name={`${id}.ebene`} />}
      <Auswahl label={w.darstellung} wert={massId} optionen={masse.map((m) => ({ wert: m.id, label: m.label }))} onChange={setMassId} testid={`${id}-mass`} name={`${id}.mass`} />
    </>
  );
  const ebeneName = ebenen.find((e) => e.wert === ebene)?.label ?? ebene;
  const beschreibung = `${w.imVergleich(ebeneName, mass?.label ?? '', fmtDatum(stichtag, s))}${v.referenz ? ` ${w.referenzLinie(`${v.referenz.label}${v.referenz.illustrativ ? ` (${w.beispieldaten})` : ''}`)}` : ''}`;
  return (
    <ChartRahmen art="balken" id={id} titel={titel} beschreibung={beschreibung} punkte={v.punkte} tabellenKopf={ebeneName} dateiname={`${dateiname}-${ebene}-${stichtag}-${massId}`} steuerung={steuerung} referenz={v.referenz} falsch={gewaehlt.flatMap((g) => (g.falsch ? [g.falsch] : []))} {...herkunft} einbettenSuche={ansicht.teil}>
      <BalkenChart punkte={v.punkte} referenz={v.referenz} sprache={s} />
    </ChartRahmen>
  );
}
