import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { kartenVon, ThemaKarten, type KartenId } from '@/components/themen/ThemaKarten';
import { thema } from '@/lib/themen/config';
import { themenMitDaten } from '@/lib/themen/seite';

export const dynamicParams = false;
export const generateStaticParams = () => themenMitDaten().flatMap((t) => kartenVon(t).map((chart) => ({ datensatz: t.id, chart })));

type Params = { params: Promise<{ datensatz: string; chart: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { datensatz } = await params;
  return { title: `${thema(datensatz)?.titel ?? ''} (eingebettet)`, robots: { index: false } };
}

/** One chart of a topic, for an iframe: with its table, CSV, image export and attribution. */
export default async function EinbettenSeite({ params }: Params) {
  const { datensatz, chart } = await params;
  const t = thema(datensatz);
  if (!t || !kartenVon(t).includes(chart as KartenId)) notFound();
  return <ThemaKarten t={t} nur={chart as KartenId} />;
}
