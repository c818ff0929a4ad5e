import type { Metadata } from 'next';
import { kompaktPacken } from '@/lib/themen/kompaktGepackt';
import { notFound } from 'next/navigation';
import { GebietTrendEinbettung } from '@/components/gebiete/GebietTrendEinbettung';
import { loadKommune } from '@/lib/data';
import { indikatorIn } from '@/lib/i18n/indikatoren-en';
import type { Sprache } from '@/lib/i18n/sprache';
import { woerter } from '@/lib/i18n/woerter';
import { TREND_INDIKATOREN, trendId } from '@/lib/themen/indikatoren';
import { herkunft, indikatorDaten } from '@/lib/themen/seite';

/** One embed page per trend chart, for every area (the area is in the address: ?gebiet=…). */
export const gebietEinbettenParams = () => TREND_INDIKATOREN.map((i) => ({ chart: trendId(i.id) }));

export function gebietEinbettenMetadata(chart: string, sprache: Sprache): Metadata {
  const i = TREND_INDIKATOREN.find((x) => trendId(x.id) === chart);
  return { title: `${i ? indikatorIn(i, sprache).label : chart} (${woerter(sprache).gebiete.eingebettet})`, robots: { index: false } };
}

/** The trend chart of one indicator for any area, with only the values it needs. */
export function GebietEinbetten({ chart, sprache }: { chart: string; sprache: Sprache }) {
  const def = TREND_INDIKATOREN.find((i) => trendId(i.id) === chart);
  if (!def) notFound();
  const ind = indikatorIn(def, sprache);
  const alle = indikatorDaten(sprache);
  const merkmale = new Set([ind.merkmal, 'einwohner']);
  const k = { ...alle, werte: Object.fromEntries(Object.entries(alle.werte).filter(([m]) => merkmale.has(m))), labels: Object.fromEntries(Object.entries(alle.labels).filter(([m]) => merkmale.has(m))) };
  const h = herkunft();
  const genutzt = new Set(Object.values(k.werte).flatMap((g) => Object.values(g).flatMap((st) => Object.values(st).map((v) => v[2]))));
  return <GebietTrendEinbettung k={kompaktPacken(k)} ind={ind} ags={loadKommune().ags} chartId={chart} quellen={Object.fromEntries(Object.entries(h.quellen).filter(([q]) => genutzt.has(q)))} namensnennung={h.namensnennung} sprache={sprache} />;
}
