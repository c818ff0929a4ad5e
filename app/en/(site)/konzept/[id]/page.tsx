import type { Metadata } from 'next';
import { KonzeptSeite, konzeptMetadata, konzeptParams } from '@/components/seiten/KonzeptSeite';

export const dynamicParams = false;
export const generateStaticParams = konzeptParams;

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return konzeptMetadata((await params).id, 'en');
}

export default async function ConceptPage({ params }: Params) {
  return <KonzeptSeite id={(await params).id} sprache="en" />;
}
