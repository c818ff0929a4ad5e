import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { kartenVon, ThemaKarten, type KartenId } from '@/components/themen/ThemaKarten';
import type { Sprache } from '@/lib/i18n/sprache';
import { themaIn } from '@/lib/i18n/themen-en';
import { thema } from '@/lib/themen/config';
import { themenMitDaten } from '@/lib/themen/seite';

/** The embed pages of every topic's charts (the same in each language). */
export const themaEinbettenParams = () => themenMitDaten().flatMap((t) => kartenVon(t).map((chart) => ({ datensatz: t.id, chart })));

export function themaEinbettenMetadata(datensatz: string, sprache: Sprache): Metadata {
  const t = thema(datensatz);
  return { title: `${t ? themaIn(t, sprache).titel : ''} (${sprache === 'de' ? 'eingebettet' : 'embedded'})`, robots: { index: false } };
}

/** One chart of a topic, for an iframe: with its table, CSV, image export and attribution. */
export function ThemaEinbetten({ datensatz, chart, sprache }: { datensatz: string; chart: string; sprache: Sprache }) {
  const t = thema(datensatz);
  if (!t || !kartenVon(t).includes(chart as KartenId)) notFound();
  return <ThemaKarten t={t} nur={chart as KartenId} sprache={sprache} />;
}
