import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ThemaSeite } from '@/components/seiten/ThemaSeite';
import { thema } from '@/lib/themen/config';
import { themenMitDaten } from '@/lib/themen/seite';

export const dynamicParams = false;
export const generateStaticParams = () => themenMitDaten().map((t) => ({ datensatz: t.id }));

type Params = { params: Promise<{ datensatz: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const id = (await params).datensatz;
  const t = thema(id);
  return { title: t?.titel, description: t?.einleitung, alternates: { languages: { de: `/themen/${id}/`, en: `/en/themen/${id}/` } } };
}

export default async function ThemaSeiteDeutsch({ params }: Params) {
  const t = thema((await params).datensatz);
  if (!t) notFound();
  return <ThemaSeite thema={t} sprache="de" />;
}
