import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { GebietTrends } from '@/components/gebiete/GebietTrends';
import { ProfilTabelle } from '@/components/gebiete/ProfilTabelle';
import { gebieteMitProfil, loadGebiete, loadKommune, loadManifest } from '@/lib/data';
import { darunter, ebeneName, ebeneVon } from '@/lib/ebenen';
import { fmtDezimal, grossAnfang } from '@/lib/format';
import { vorfahren } from '@/lib/gebiete';
import { indikatorIn } from '@/lib/i18n/indikatoren-en';
import { inSprache, type Sprache } from '@/lib/i18n/sprache';
import { woerter } from '@/lib/i18n/woerter';
import { diagramm } from '@/lib/i18n/diagramm';
import { INDIKATOREN } from '@/lib/themen/indikatoren';
import { profil } from '@/lib/themen/profil';
import { indikatorDaten } from '@/lib/themen/seite';
import { profilVorlagen } from '@/lib/vorlage';

/**
 * The profiles Next renders: in the build two areas per level (lib/vorlage.ts; the others are
 * derived from them by scripts/gebiete-aus-vorlage.ts), in development every area.
 */
export function gebietParams() {
  const gebiete = gebieteMitProfil();
  return (process.env.NODE_ENV === 'production' ? profilVorlagen(gebiete) : gebiete).map((g) => ({ id: g.id }));
}

export function gebietMetadata(id: string, sprache: Sprache): Metadata {
  const g = loadGebiete().find((x) => x.id === id);
  const e = g && ebeneVon(loadKommune().ebenen, g.ebene);
  return { title: g ? `${g.name} (${e ? ebeneName(e, 'singular', sprache) : g.ebene})` : undefined, alternates: { languages: { de: `/gebiete/${id}/`, en: `/en/gebiete/${id}/` } } };
}

/** An area's profile: where it lies, its indicators beside its parent and the city, their development. */
export function GebietProfil({ id, sprache }: { id: string; sprache: Sprache }) {
  const kommune = loadKommune();
  const gebiete = loadGebiete();
  const g = gebiete.find((x) => x.id === id);
  const ebene = g ? ebeneVon(kommune.ebenen, g.ebene) : undefined;
  if (!g || !ebene) notFound();
  const w = woerter(sprache);
  const pfad = (p: string) => inSprache(p, sprache);
  const name = (e: Parameters<typeof ebeneName>[0] | undefined, form: 'singular' | 'plural') => (e ? ebeneName(e, form, sprache) : '');
  const kette = vorfahren(gebiete, g);
  const parent = kette.at(-1);
  const parentEbene = parent ? ebeneVon(kommune.ebenen, parent.ebene) : undefined;
  const kinderEbene = darunter(kommune.ebenen, g.ebene);
  const kinder = gebiete.filter((x) => x.parent === g.id);
  const k = indikatorDaten(sprache);
  const zeilen = profil(
    k,
    kommune.ags,
    g.id,
    INDIKATOREN.map((i) => indikatorIn(i, sprache)),
  );
  const schematisch = loadManifest().geometrie.schematisch;
  const mitIll = zeilen.some((z) => z.gebiet?.illustrativ || z.parent?.illustrativ || z.rang?.illustrativ);
  const [illVor, illWort, illNach] = w.gebiete.hinweisIll;
  return (
    <div className="wrap">
      <nav aria-label={w.seite.brotkrumen} className="brotkrumen">
        <a href={pfad('/')}>
          {w.seite.start}
        </a>{' '}
        ›{' '}
        <a href={pfad('/gebiete/')}>
          {w.gebiete.titel}
        </a>{' '}
        ›{' '}
        {kette.map((p) => (
          <span key={p.id}>
            <a href={pfad(`/gebiete/${p.id}/`)}>
              {p.name}
            </a>{' '}
            ›{' '}
          </span>
        ))}
        <span aria-current="page">{g.name}</span>
      </nav>
      <h1>
        {g.name} <span className="ebene">{name(ebene, 'singular')}</span>
      </h1>
      <p className="lead">
        {grossAnfang(name(ebene, 'singular'))}
        {parent ? w.gebiete.gehoertZu(name(parentEbene, 'singular'), parent.name) : ''}
        {kinder.length && kinderEbene ? w.gebiete.darin(kinder.length, name(kinderEbene, kinder.length === 1 ? 'singular' : 'plural')) : ''}
        {g.flaeche_km2 ? w.gebiete.etwa(fmtDezimal(Math.round(g.flaeche_km2 * 10) / 10, sprache)) : ''}.
      </p>
      {(mitIll || schematisch) && (
        <aside className="hinweis" role="note" data-testid="hinweis-beispieldaten">
          {mitIll && (
            <>
              {illVor}
              <strong>{illWort}</strong>
              {illNach}
            </>
          )}
          {schematisch && w.gebiete.schematisch}
        </aside>
      )}
      <h2>{w.gebiete.kennzahlenVergleich}</h2>
      <ProfilTabelle zeilen={zeilen} name={g.name} parentName={parent?.name} stadtName={kommune.name} ebeneLabel={name(ebene, 'plural')} sprache={sprache} />
      <p>
        <a href={`${pfad('/gebiete/vergleich/')}?gebiete=${encodeURIComponent(g.id)}&gebiet=${encodeURIComponent(g.id)}`} data-testid="vergleichen-link">
          {diagramm(sprache).gebieteVergleich.mitAnderen}
        </a>
      </p>
      {kinder.length > 0 && (
        <>
          <h2>{grossAnfang(name(kinderEbene, 'plural'))}</h2>
          <ul className="gebiet-liste">
            {kinder.map((c) => (
              <li key={c.id}>
                <a href={pfad(`/gebiete/${c.id}/`)}>
                  {c.name}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>{w.gebiete.entwicklung}</h2>
      <GebietTrends id={g.id} einbetten={`${kommune.veroeffentlichung.basisUrl}${pfad('/einbetten/').slice(1)}gebiete/`} sprache={sprache} />
    </div>
  );
}
