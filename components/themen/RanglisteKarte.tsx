'use client';

import { useState } from 'react';
import { BalkenChart } from '@/components/charts/BalkenChart';
import { Auswahl, StichtagAuswahl } from '@/components/charts/shared/Auswahl';
import { ChartRahmen, type Herkunft } from '@/components/charts/shared/ChartRahmen';
import { fmtAnzahl, fmtDatum } from '@/lib/format';
import type { KompaktDaten } from '@/lib/themen/model';
import { aufschluesselung, LAND, rangliste } from '@/lib/themen/punkte';

interface Props extends Herkunft {
  id: string;
  k: KompaktDaten;
  gebiet: string;
  dateiname: string;
}

type Modus = 'land' | 'kontinent';

/** The most frequent nationalities (top 15 + weitere) or the continents, never both at once. */
export function RanglisteKarte({ id, k, gebiet, dateiname, ...herkunft }: Props) {
  const stichtage = k.stichtage.filter((s) => Object.keys(k.werte).some((m) => LAND.test(m) && k.werte[m]?.[gebiet]?.[s]));
  const [stichtag, setStichtag] = useState(stichtage.at(-1) ?? '');
  const [modus, setModus] = useState<Modus>('land');
  const punkte = rangliste(k, gebiet, stichtag, modus);
  const d = aufschluesselung(k, gebiet, stichtag, modus);
  // Rounded tables (each count to a multiple of 5) do not add up exactly: say so, do not invent a category.
  const rundung =
    d && d.offen !== 0 && Math.abs(d.offen) <= d.rundung
      ? ` Die ${modus === 'land' ? 'Länder' : 'Kontinente'} ergeben zusammen ${fmtAnzahl(d.summe)}, alle Ausländerinnen und Ausländer ${fmtAnzahl(d.gesamt)}: Die Quelle rundet jede Zahl einzeln.`
      : '';
  return (
    <ChartRahmen art="balken"
      id={id}
      titel="Ausländerinnen und Ausländer nach Staatsangehörigkeit"
      beschreibung={`${modus === 'land' ? 'Die 15 häufigsten Staatsangehörigkeiten und die übrigen zusammen' : 'Nach Kontinenten'}, Stichtag ${fmtDatum(stichtag)}.${rundung}`}
      punkte={punkte}
      tabellenKopf={modus === 'land' ? 'Staatsangehörigkeit' : 'Kontinent'}
      dateiname={`${dateiname}-${modus}-${stichtag}`}
      steuerung={
        <>
          <StichtagAuswahl stichtage={stichtage} wert={stichtag} onChange={setStichtag} testid={`${id}-stichtag`} />
          <Auswahl<Modus> label="Gliederung" wert={modus} optionen={[{ wert: 'land', label: 'Länder' }, { wert: 'kontinent', label: 'Kontinente' }]} onChange={setModus} testid={`${id}-modus`} />
        </>
      }
      {...herkunft}
    >
      {punkte.length ? <BalkenChart punkte={punkte} /> : <p className="leer">Für diesen Stichtag liegt keine Gliederung vor.</p>}
    </ChartRahmen>
  );
}
