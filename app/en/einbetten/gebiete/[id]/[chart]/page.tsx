import type { Metadata } from 'next';
import { GebietEinbetten, gebietEinbettenMetadata, gebietEinbettenParams } from '@/components/seiten/GebietEinbetten';

export const dynamicParams = false;
export const generateStaticParams = gebietEinbettenParams;

type Params = { params: Promise<{ id: string; chart: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return gebietEinbettenMetadata((await params).id, 'en');
}

export default async function AreaEmbedPage({ params }: Params) {
  const { id, chart } = await params;
  return <GebietEinbetten id={id} chart={chart} sprache="en" />;
}
