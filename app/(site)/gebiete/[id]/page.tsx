import type { Metadata } from 'next';
import { vorfahren } from '@/lib/gebiete';
import { darunter, ebeneVon, STADT } from '@/lib/ebenen';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { GebietTrends } from '@/components/gebiete/GebietTrends';
import { ProfilTabelle } from '@/components/gebiete/ProfilTabelle';
import { loadGebiete, loadKommune, loadManifest } from '@/lib/data';
import { INDIKATOREN } from '@/lib/themen/indikatoren';
import { profil } from '@/lib/themen/profil';
import { indikatorDaten } from '@/lib/themen/seite';

export const dynamicParams = false;
export const generateStaticParams = () => loadGebiete().filter((g) => g.ebene !== STADT).map((g) => ({ id: g.id }));

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { id } = await params;
  const g = loadGebiete().find((x) => x.id === id);
  const k = loadKommune();
  return { title: g ? `${g.name} (${ebeneVon(k.ebenen, g.ebene)?.singular ?? g.ebene})` : undefined };
}

export default async function GebietSeite({ params }: Params) {
  const { id } = await params;
  const kommune = loadKommune();
  const gebiete = loadGebiete();
  const g = gebiete.find((x) => x.id === id);
  const ebene = g ? ebeneVon(kommune.ebenen, g.ebene) : undefined;
  if (!g || !ebene) notFound();
  const kette = vorfahren(gebiete, g);
  const parent = kette.at(-1);
  const parentEbene = parent ? ebeneVon(kommune.ebenen, parent.ebene) : undefined;
  const kinderEbene = darunter(kommune.ebenen, g.ebene);
  const kinder = gebiete.filter((x) => x.parent === g.id);
  const k = indikatorDaten();
  const zeilen = profil(k, kommune.ags, g.id, INDIKATOREN);
  const schematisch = loadManifest().geometrie.schematisch;
  return (
    <div className="wrap">
      <nav aria-label="Brotkrumen" className="brotkrumen">
        <Link prefetch={false} href="/">Start</Link> › <Link prefetch={false} href="/gebiete/">Gebiete</Link> › {kette.map((p) => (
          <span key={p.id}>
            <Link prefetch={false} href={`/gebiete/${p.id}/`}>{p.name}</Link> ›{' '}
          </span>
        ))}
        <span aria-current="page">{g.name}</span>
      </nav>
      <h1>
        {g.name} <span className="ebene">{ebene.singular}</span>
      </h1>
      <p className="lead">
        {ebene.singular}
        {parent ? `, gehört zu ${parentEbene?.singular ?? ''} ${parent.name}` : ''}
        {kinder.length && kinderEbene ? `; darin ${kinder.length} ${kinder.length === 1 ? kinderEbene.singular : kinderEbene.plural}` : ''}
        {g.flaeche_km2 ? `, etwa ${new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 }).format(g.flaeche_km2)} km²` : ''}.
      </p>
      {(zeilen.some((z) => z.gebiet?.illustrativ || z.parent?.illustrativ || z.rang?.illustrativ) || schematisch) && (
        <aside className="hinweis" role="note" data-testid="hinweis-beispieldaten">
          {zeilen.some((z) => z.gebiet?.illustrativ || z.parent?.illustrativ || z.rang?.illustrativ) && (
            <>
              Werte mit * sind <strong>Beispieldaten</strong>: erfundene, illustrative Werte, keine amtliche Statistik – ebenso Ränge und alles, was aus ihnen
              berechnet ist.{' '}
            </>
          )}
          {schematisch && 'Gebietszuschnitt und Fläche sind schematisch, keine amtliche Gliederung.'}
        </aside>
      )}
      <h2>Kennzahlen im Vergleich</h2>
      <ProfilTabelle zeilen={zeilen} name={g.name} parentName={parent?.name} stadtName={kommune.name} ebeneLabel={ebene.plural} />
      {kinder.length > 0 && (
        <>
          <h2>{kinderEbene?.plural}</h2>
          <ul className="gebiet-liste">
            {kinder.map((c) => (
              <li key={c.id}>
                <Link prefetch={false} href={`/gebiete/${c.id}/`}>{c.name}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>Entwicklung</h2>
      <GebietTrends id={g.id} einbetten={`${kommune.veroeffentlichung.basisUrl}einbetten/gebiete/${g.id}/`} />
    </div>
  );
}
