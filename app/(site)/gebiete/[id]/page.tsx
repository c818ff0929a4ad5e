import type { Metadata } from 'next';
import { GebietProfil, gebietMetadata, gebietParams } from '@/components/seiten/GebietProfil';

export const dynamicParams = false;
export const generateStaticParams = gebietParams;

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return gebietMetadata((await params).id, 'de');
}

export default async function GebietSeite({ params }: Params) {
  return <GebietProfil id={(await params).id} sprache="de" />;
}
