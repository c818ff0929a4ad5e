import type { Metadata } from 'next';
import { ThemaEinbetten, themaEinbettenMetadata, themaEinbettenParams } from '@/components/seiten/ThemaEinbetten';

export const dynamicParams = false;
export const generateStaticParams = themaEinbettenParams;

type Params = { params: Promise<{ datensatz: string; chart: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return themaEinbettenMetadata((await params).datensatz, 'en');
}

export default async function EmbedPage({ params }: Params) {
  const { datensatz, chart } = await params;
  return <ThemaEinbetten datensatz={datensatz} chart={chart} sprache="en" />;
}
