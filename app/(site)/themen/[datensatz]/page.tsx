import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ThemaKarten } from '@/components/themen/ThemaKarten';
import { loadKommune } from '@/lib/data';
import { THEMEN, thema } from '@/lib/themen/config';

export const dynamicParams = false;
export const generateStaticParams = () => THEMEN.map((t) => ({ datensatz: t.id }));

type Params = { params: Promise<{ datensatz: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const t = thema((await params).datensatz);
  return { title: t?.titel, description: t?.einleitung };
}

export default async function ThemaSeite({ params }: Params) {
  const t = thema((await params).datensatz);
  if (!t) notFound();
  const kommune = loadKommune();
  return (
    <div className="wrap">
      <nav aria-label="Brotkrumen" className="brotkrumen">
        <Link href="/">Start</Link> › <span>Themen</span> › <span aria-current="page">{t.titel}</span>
      </nav>
      <h1>{t.titel}</h1>
      <p className="lead">{t.einleitung}</p>
      <ThemaKarten t={t} einbetten={`${kommune.veroeffentlichung.basisUrl}einbetten/${t.id}/`} />
    </div>
  );
}
