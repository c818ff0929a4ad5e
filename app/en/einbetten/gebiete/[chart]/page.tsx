import type { Metadata } from 'next';
import { GebietEinbetten, gebietEinbettenMetadata, gebietEinbettenParams } from '@/components/seiten/GebietEinbetten';

export const dynamicParams = false;
export const generateStaticParams = gebietEinbettenParams;

type Params = { params: Promise<{ chart: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return gebietEinbettenMetadata((await params).chart, 'en');
}

export default async function AreaEmbedPage({ params }: Params) {
  return <GebietEinbetten chart={(await params).chart} sprache="en" />;
}
