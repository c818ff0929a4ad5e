import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { GebietTrends, TREND_INDIKATOREN, trendId } from '@/components/gebiete/GebietTrends';
import { loadGebiete } from '@/lib/data';
import { STADT } from '@/lib/ebenen';
import type { Sprache } from '@/lib/i18n/sprache';
import { woerter } from '@/lib/i18n/woerter';

export const gebietEinbettenParams = () =>
  loadGebiete()
    .filter((g) => g.ebene !== STADT)
    .flatMap((g) => TREND_INDIKATOREN.map((i) => ({ id: g.id, chart: trendId(i.id) })));

export const gebietEinbettenMetadata = (id: string, sprache: Sprache): Metadata => ({
  title: `${loadGebiete().find((g) => g.id === id)?.name ?? id} (${woerter(sprache).gebiete.eingebettet})`,
  robots: { index: false },
});

/** One trend chart of an area profile, for an iframe. */
export function GebietEinbetten({ id, chart, sprache }: { id: string; chart: string; sprache: Sprache }) {
  if (!TREND_INDIKATOREN.some((i) => trendId(i.id) === chart)) notFound();
  return <GebietTrends id={id} nur={chart} sprache={sprache} />;
}
