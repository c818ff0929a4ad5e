'use client';

import { BalkenChart } from '@/components/charts/BalkenChart';
import { Auswahl, StichtagAuswahl } from '@/components/charts/shared/Auswahl';
import { ChartRahmen, type Herkunft } from '@/components/charts/shared/ChartRahmen';
import { useAnsicht } from '@/components/useAnsicht';
import { waehlen } from '@/lib/ansicht/url';
import { fmtAnzahl, fmtDatum } from '@/lib/format';
import type { KompaktFuerClient } from '@/lib/themen/kompaktGepackt';
import { useKompakt } from '@/components/useKompakt';
import { aufschluesselung, LAND, rangliste } from '@/lib/themen/punkte';
import { diagramm } from '@/lib/i18n/diagramm';

interface Props extends Herkunft {
  id: string;
  /** Packed by the server (lib/themen/kompaktGepackt.ts), or as it is. */
  k: KompaktFuerClient;
  gebiet: string;
  dateiname: string;
}

type Modus = 'land' | 'kontinent';

/** The most frequent nationalities (top 15 + weitere) or the continents, never both at once. */
export function RanglisteKarte({ id, k: erhalten, gebiet, dateiname, ...herkunft }: Props) {
  const k = useKompakt(erhalten);
  const stichtage = k.stichtage.filter((s) => Object.keys(k.werte).some((m) => LAND.test(m) && k.werte[m]?.[gebiet]?.[s]));
  const ansicht = useAnsicht(id);
  const standard = { stichtag: stichtage.at(-1) ?? '', modus: 'land' };
  const gewaehlt = [waehlen(ansicht.lesen('stichtag'), stichtage, standard.stichtag), waehlen<Modus>(ansicht.lesen('modus'), ['land', 'kontinent'], 'land')] as const;
  const [stichtag, modus] = [gewaehlt[0].wert, gewaehlt[1].wert];
  const setStichtag = (wert: string) => ansicht.setzen({ stichtag: wert }, standard);
  const setModus = (wert: Modus) => ansicht.setzen({ modus: wert }, standard);
  const punkte = rangliste(k, gebiet, stichtag, modus);
  const d = aufschluesselung(k, gebiet, stichtag, modus);
  const s = herkunft.sprache;
  const w = diagramm(s);
  // Rounded tables (each count to a multiple of 5) do not add up exactly: say so, do not invent a category.
  const rundung =
    d && d.offen !== 0 && Math.abs(d.offen) <= d.rundung
      ? ` ${w.gerundet(modus === 'land' ? w.laender : w.kontinente, fmtAnzahl(d.summe, s), fmtAnzahl(d.gesamt, s))}`
      : '';
  return (
    <ChartRahmen art="balken"
      id={id}
      titel={w.ranglisteTitel}
      beschreibung={`${modus === 'land' ? w.top15 : w.nachKontinenten}, ${w.amStichtag(fmtDatum(stichtag, s))}.${rundung}`}
      punkte={punkte}
      tabellenKopf={modus === 'land' ? w.staatsangehoerigkeit : w.kontinent}
      dateiname={`${dateiname}-${modus}-${stichtag}`}
      steuerung={
        <>
          <StichtagAuswahl stichtage={stichtage} wert={stichtag} onChange={setStichtag} testid={`${id}-stichtag`} name={`${id}.stichtag`} sprache={s} />
          <Auswahl<Modus>
            label={w.gliederung}
            wert={modus}
            optionen={[
              { wert: 'land', label: w.laender },
              { wert: 'kontinent', label: w.kontinente },
            ]} onChange={setModus} testid={`${id}-modus`} name={`${id}.modus`} />
        </>
      }
      falsch={gewaehlt.flatMap((g) => (g.falsch ? [g.falsch] : []))}
      {...herkunft}
      einbettenSuche={ansicht.teil}
    >
      {punkte.length ? <BalkenChart punkte={punkte} sprache={s} /> : <p className="leer">{w.keineGliederung}</p>}
    </ChartRahmen>
  );
}
