import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { GebietTrends, TREND_INDIKATOREN, trendId } from '@/components/gebiete/GebietTrends';
import { loadGebiete } from '@/lib/data';

export const dynamicParams = false;
export const generateStaticParams = () =>
  loadGebiete()
    .filter((g) => g.ebene !== 'stadt')
    .flatMap((g) => TREND_INDIKATOREN.map((i) => ({ id: g.id, chart: trendId(i.id) })));

type Params = { params: Promise<{ id: string; chart: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { id } = await params;
  return { title: `${loadGebiete().find((g) => g.id === id)?.name ?? id} (eingebettet)`, robots: { index: false } };
}

/** One trend chart of an area profile, for an iframe. */
export default async function GebietEinbetten({ params }: Params) {
  const { id, chart } = await params;
  if (!TREND_INDIKATOREN.some((i) => trendId(i.id) === chart)) notFound();
  return <GebietTrends id={id} nur={chart} />;
}
