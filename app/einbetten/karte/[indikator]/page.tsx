import type { Metadata } from 'next';
import { KarteEinbetten, karteEinbettenMetadata, karteEinbettenParams } from '@/components/seiten/KarteEinbetten';

export const dynamicParams = false;
export const generateStaticParams = karteEinbettenParams;

type Params = { params: Promise<{ indikator: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return karteEinbettenMetadata((await params).indikator, 'de');
}

export default async function KarteEinbettenSeite({ params }: Params) {
  return <KarteEinbetten indikator={(await params).indikator} sprache="de" />;
}
