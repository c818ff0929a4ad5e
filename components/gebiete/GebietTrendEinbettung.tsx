'use client';

import { LinienChart } from '@/components/charts/LinienChart';
import { ChartRahmen, type Herkunft } from '@/components/charts/shared/ChartRahmen';
import { useUrlTeil } from '@/components/useUrlTeil';
import { diagramm } from '@/lib/i18n/diagramm';
import { woerter } from '@/lib/i18n/woerter';
import type { Indikator } from '@/lib/themen/indikatoren';
import type { KompaktFuerClient } from '@/lib/themen/kompaktGepackt';
import { useKompakt } from '@/components/useKompakt';
import { gebietTrend } from '@/lib/themen/trend';

interface Props extends Herkunft {
  /** Packed by the server (lib/themen/kompaktGepackt.ts), or as it is. */
  k: KompaktFuerClient;
  ind: Indikator;
  ags: string;
  chartId: string;
}

/**
 * One trend chart of an area profile for an iframe, for any area: the area comes from the
 * address (?gebiet=…), so one page serves every area (the static HTML shows the first one).
 */
export function GebietTrendEinbettung({ k: erhalten, ind, ags, chartId, ...herkunft }: Props) {
  const k = useKompakt(erhalten);
  const [suche] = useUrlTeil('search');
  const gebiete = k.gebiete.filter((g) => g.ebene !== 'stadt');
  const gewuenscht = new URLSearchParams(suche).get('gebiet');
  const g = gebiete.find((x) => x.id === gewuenscht) ?? gebiete[0];
  const t = g && gebietTrend(k, ags, g.id, ind);
  if (!g || !t) return null;
  const w = woerter(k.sprache ?? 'de').gebiete;
  const { punkte } = t;
  return (
    <ChartRahmen
      art="linie"
      id={chartId}
      titel={`${ind.label}: ${g.name}`}
      beschreibung={t.mitVergleich ? w.trendVergleich(t.name, t.parentName) : w.trendAllein(t.name)}
      punkte={punkte}
      tabellenKopf={diagramm(herkunft.sprache).stichtag}
      dateiname={`${g.id}-${ind.id}`}
      ebene={1}
      {...herkunft}
    >
      <LinienChart punkte={punkte} klein sprache={herkunft.sprache} />
    </ChartRahmen>
  );
}
