import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { RanglisteKarte } from '@/components/themen/RanglisteKarte';
import { StatusKarte } from '@/components/themen/StatusKarte';
import { VergleichKarte } from '@/components/themen/VergleichKarte';
import { ZeitreiheKarte } from '@/components/themen/ZeitreiheKarte';
import { loadKommune } from '@/lib/data';
import { THEMEN, thema } from '@/lib/themen/config';
import { herkunft, themaDaten } from '@/lib/themen/seite';

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
  const k = themaDaten(t.id, t.merkmale);
  const h = herkunft();
  // Only the sources this page shows travel to the browser.
  const used = new Set(Object.values(k.werte).flatMap((g) => Object.values(g).flatMap((s) => Object.values(s).map((v) => v[2]))));
  const quellen = Object.fromEntries(Object.entries(h.quellen).filter(([id]) => used.has(id)));
  const hk = { quellen, namensnennung: h.namensnennung };
  const ebenen = { sozialraum: kommune.ebenen.sozialraum.plural, wohnbereich: kommune.ebenen.wohnbereich.plural };
  return (
    <div className="wrap">
      <nav aria-label="Brotkrumen" className="brotkrumen">
        <Link href="/">Start</Link> › <span>Themen</span> › <span aria-current="page">{t.titel}</span>
      </nav>
      <h1>{t.titel}</h1>
      <p className="lead">{t.einleitung}</p>
      <ZeitreiheKarte id="zeitreihe" titel={t.zeitreihe.titel} beschreibung={t.zeitreihe.beschreibung} k={k} gebiet={kommune.ags} reihen={t.zeitreihe.reihen} mass={t.zeitreihe.mass} dateiname={`${t.id}-zeitreihe`} {...hk} />
      {t.zusammensetzung === 'status' && <StatusKarte id="zusammensetzung" k={k} gebiet={kommune.ags} dateiname={`${t.id}-status`} {...hk} />}
      {t.zusammensetzung === 'staatsangehoerigkeit' && <RanglisteKarte id="zusammensetzung" k={k} gebiet={kommune.ags} dateiname={`${t.id}-rangliste`} {...hk} />}
      <VergleichKarte id="vergleich" titel={t.vergleich.titel} k={k} ags={kommune.ags} merkmal={t.vergleich.merkmal} masse={t.vergleich.masse} ebenen={ebenen} dateiname={`${t.id}-vergleich`} {...hk} />
    </div>
  );
}
