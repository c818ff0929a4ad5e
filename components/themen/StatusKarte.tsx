'use client';

import { useState } from 'react';
import { StapelChart } from '@/components/charts/StapelChart';
import { StichtagAuswahl } from '@/components/charts/shared/Auswahl';
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

/** Refugees by status at a chosen Stichtag, stacked into the two priority groups. */
export function StatusKarte({ id, k, gebiet, dateiname, ...herkunft }: Props) {
  const stichtage = k.stichtage.filter((s) => k.werte.anerkannt?.[gebiet]?.[s]);
  const [stichtag, setStichtag] = useState(stichtage.at(-1) ?? '');
  const punkte = statusPunkte(k, gebiet, stichtag);
  return (
    <ChartRahmen
      id={id}
      titel="Flüchtlinge nach Aufenthaltsstatus"
      beschreibung={`Anerkannte und Menschen mit Bleibeperspektive stehen für vorrangige Integration, Menschen ohne Bleibeperspektive und Geduldete für vorrangige Rückführung; Stichtag ${fmtDatum(stichtag)}.`}
      punkte={punkte}
      tabellenKopf="Gruppe"
      dateiname={`${dateiname}-${stichtag}`}
      steuerung={<StichtagAuswahl stichtage={stichtage} wert={stichtag} onChange={setStichtag} testid={`${id}-stichtag`} />}
      {...herkunft}
    >
      <StapelChart punkte={punkte} />
    </ChartRahmen>
  );
}
