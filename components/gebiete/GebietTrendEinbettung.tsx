'use client';

import { LinienChart } from '@/components/charts/LinienChart';
import { ChartRahmen, type Herkunft } from '@/components/charts/shared/ChartRahmen';
import { useUrlTeil } from '@/components/useUrlTeil';
import { diagramm } from '@/lib/i18n/diagramm';
import { woerter } from '@/lib/i18n/woerter';
import type { Indikator } from '@/lib/themen/indikatoren';
import type { KompaktDaten } from '@/lib/themen/model';
import { zeitreihe } from '@/lib/themen/punkte';

interface Props extends Herkunft {
  k: KompaktDaten;
  ind: Indikator;
  ags: string;
  chartId: string;
}

/**
 * One trend chart of an area profile for an iframe, for any area: the area comes from the
 * address (?gebiet=…), so one page serves every area (the static HTML shows the first one).
 */
export function GebietTrendEinbettung({ k, ind, ags, chartId, ...herkunft }: Props) {
  const [suche] = useUrlTeil('search');
  const gebiete = k.gebiete.filter((g) => g.ebene !== 'stadt');
  const gewuenscht = new URLSearchParams(suche).get('gebiet');
  const g = gebiete.find((x) => x.id === gewuenscht) ?? gebiete[0];
  if (!g) return null;
  const w = woerter(k.sprache ?? 'de').gebiete;
  const parent = k.gebiete.find((x) => x.id === g.parent && x.ebene !== 'stadt');
  const ids = ind.mass.art === 'anzahl' ? [g.id] : [g.id, ...(parent ? [parent.id] : []), ags];
  const punkte = ids.flatMap((gid) => {
    const name = k.gebiete.find((x) => x.id === gid)?.name ?? gid;
    return zeitreihe(k, gid, [{ merkmal: ind.merkmal }], ind.mass).map((p) => ({ ...p, x: p.stichtag, reihe: gid, reiheLabel: name }));
  });
  return (
    <ChartRahmen
      art="linie"
      id={chartId}
      titel={`${ind.label}: ${g.name}`}
      beschreibung={ids.length > 1 ? w.trendVergleich(g.name, parent?.name) : w.trendAllein(g.name)}
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
