'use client';

import { useState } from 'react';
import { StapelChart } from '@/components/charts/StapelChart';
import { Auswahl, StichtagAuswahl } from '@/components/charts/shared/Auswahl';
import { ChartRahmen, type Herkunft } from '@/components/charts/shared/ChartRahmen';
import { fmtDatum } from '@/lib/format';
import type { KompaktDaten } from '@/lib/themen/model';
import { statusPunkte } from '@/lib/themen/punkte';

interface Props extends Herkunft {
  id: string;
  k: KompaktDaten;
  gebiet: string;
  dateiname: string;
}

const EINRUECKEN = { stadt: '', sozialraum: '\u00a0\u00a0', wohnbereich: '\u00a0\u00a0\u00a0\u00a0' } as const;

/** Refugees by status in a chosen area at a chosen Stichtag, stacked into the two priority groups. */
export function StatusKarte({ id, k, gebiet: start, dateiname, ...herkunft }: Props) {
  const [gebiet, setGebiet] = useState(start);
  const stichtage = k.stichtage.filter((s) => k.werte.anerkannt?.[gebiet]?.[s]);
  const [wahl, setStichtag] = useState(stichtage.at(-1) ?? '');
  const stichtag = stichtage.includes(wahl) ? wahl : (stichtage.at(-1) ?? '');
  const punkte = statusPunkte(k, gebiet, stichtag);
  // City, then each Sozialraum followed by its Wohnbereiche (indented), as in the register.
  const ordnung = (g: KompaktDaten['gebiete'][number]): string[] => [g.id, ...k.gebiete.filter((c) => c.parent === g.id).flatMap(ordnung)];
  const wurzel = k.gebiete.filter((g) => !g.parent);
  const optionen = wurzel.flatMap(ordnung).map((gid) => {
    const g = k.gebiete.find((x) => x.id === gid) as KompaktDaten['gebiete'][number];
    return { wert: g.id, label: `${EINRUECKEN[g.ebene]}${g.name}` };
  });
  const name = k.gebiete.find((g) => g.id === gebiet)?.name ?? gebiet;
  return (
    <ChartRahmen art="stapel"
      id={id}
      titel="Flüchtlinge nach Aufenthaltsstatus"
      beschreibung={`${name}, Stichtag ${fmtDatum(stichtag)}. Anerkannte und Menschen mit Bleibeperspektive stehen für vorrangige Integration, Menschen ohne Bleibeperspektive und Geduldete für vorrangige Rückführung.`}
      punkte={punkte}
      tabellenKopf="Gruppe"
      dateiname={`${dateiname}-${gebiet}-${stichtag}`}
      steuerung={
        <>
          <Auswahl label="Gebiet" wert={gebiet} optionen={optionen} onChange={setGebiet} testid={`${id}-gebiet`} />
          <StichtagAuswahl stichtage={stichtage} wert={stichtag} onChange={setStichtag} testid={`${id}-stichtag`} />
        </>
      }
      {...herkunft}
    >
      <StapelChart punkte={punkte} />
    </ChartRahmen>
  );
}
