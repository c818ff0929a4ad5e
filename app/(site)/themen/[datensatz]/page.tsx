import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { BegriffListe } from '@/components/themen/BegriffListe';
import { Daneben } from '@/components/themen/Daneben';
import { ThemaKarten } from '@/components/themen/ThemaKarten';
import { loadDatensatz, loadKommune, loadQuellen } from '@/lib/data';
import { fmtAnzahl, fmtDatum, fmtProzent } from '@/lib/format';
import { abweichendeAnteile } from '@/lib/themen/angegeben';
import { thema } from '@/lib/themen/config';
import { themenMitDaten } from '@/lib/themen/seite';

export const dynamicParams = false;
export const generateStaticParams = () => themenMitDaten().map((t) => ({ datensatz: t.id }));

type Params = { params: Promise<{ datensatz: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const t = thema((await params).datensatz);
  return { title: t?.titel, description: t?.einleitung };
}

export default async function ThemaSeite({ params }: Params) {
  const t = thema((await params).datensatz);
  if (!t) notFound();
  const kommune = loadKommune();
  const datei = loadDatensatz(t.id);
  const quellen = loadQuellen();
  const abweichend = t.id === 'migrationshintergrund' ? abweichendeAnteile(datei, loadDatensatz('bevoelkerung'), kommune.ags, 'anteil_mh_angegeben', 'mit_mh') : [];
  return (
    <div className="wrap">
      <nav aria-label="Brotkrumen" className="brotkrumen">
        <Link prefetch={false} href="/">Start</Link> › <span>Themen</span> › <span aria-current="page">{t.titel}</span>
      </nav>
      <h1>{t.titel}</h1>
      <p className="lead">{t.einleitung}</p>
      {abweichend.map((a) => (
        <p key={a.stichtag} className="hinweis" role="note" data-testid="anteil-angegeben">
          <strong>Zum Anteil am {fmtDatum(a.stichtag)}:</strong> Die Quelle nennt „ca. {fmtProzent(a.angegeben)}“. Aus ihren eigenen Zahlen –{' '}
          {fmtAnzahl(a.zaehler)} Personen mit Migrationshintergrund bei {fmtAnzahl(a.nenner)} Einwohnerinnen und Einwohnern – ergeben sich{' '}
          {fmtProzent(a.berechnet)}. Der Atlas zeigt den berechneten Anteil; der genannte ist im Download als Merkmal anteil_mh_angegeben enthalten.
        </p>
      ))}
      <ThemaKarten t={t} einbetten={`${kommune.veroeffentlichung.basisUrl}einbetten/${t.id}/`} />
      {t.daneben && <Daneben datei={datei} merkmal={t.daneben.merkmal} begriffId={t.daneben.begriff} ags={kommune.ags} quellen={quellen} />}
      <BegriffListe ids={t.begriffe} lokal={kommune.begriffe} />
      <p>
        Alle Begriffe, Zeichen und Quellen: <Link prefetch={false} href="/methodik/">Methodik und Glossar</Link>.
      </p>
    </div>
  );
}
