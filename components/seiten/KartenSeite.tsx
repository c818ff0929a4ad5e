import type { Metadata } from 'next';
import { kompaktPacken } from '@/lib/themen/kompaktGepackt';
import { KarteApp, type GeoGebiet } from '@/components/karte/KarteApp';
import { loadGeo, loadKommune, loadManifest } from '@/lib/data';
import { ebeneName, ebenenNamen } from '@/lib/ebenen';
import { diagramm } from '@/lib/i18n/diagramm';
import { indikatorIn } from '@/lib/i18n/indikatoren-en';
import { inSprache, type Sprache } from '@/lib/i18n/sprache';
import { areaKm2 } from '@/lib/geo/measure';
import { raenge } from '@/lib/karte/beschriftung';
import { labelPunkt, toLatLngs } from '@/lib/karte/geometrie';
import { geoHinweis } from '@/lib/karte/seite';
import { herkunft, indikatorDaten, kartenIndikatorenMitDaten } from '@/lib/themen/seite';

export function kartenMetadata(sprache: Sprache): Metadata {
  const k = loadKommune();
  const w = diagramm(sprache);
  return { title: w.karte.titel, description: w.karte.beschreibung(ebenenNamen(k.ebenen, 'singular', w.und, sprache)), alternates: { languages: { de: '/karte/', en: '/en/karte/' } } };
}

/** The interactive map of the area indicators, with its table, in one language. */
export function KartenSeite({ sprache }: { sprache: Sprache }) {
  const kommune = loadKommune();
  const manifest = loadManifest();
  const w = diagramm(sprache).karte;
  const geo = (ebene: string): GeoGebiet[] => {
    const { features } = loadGeo(ebene);
    // Larger areas keep their names where names would overlap (lib/karte/beschriftung).
    const rang = raenge(features.map((f) => ({ id: f.properties.id, flaeche: areaKm2(f.geometry) })));
    return features.map((f) => {
      const polys = toLatLngs(f.geometry);
      return { id: f.properties.id, name: f.properties.name, polys, label: labelPunkt(polys), rang: rang.get(f.properties.id) ?? 0 };
    });
  };
  const stadt = loadGeo('stadt').features[0]?.geometry;
  // The map and its static view fit the city's outline; without one, the coarsest areas together.
  const umriss = stadt ? toLatLngs(stadt) : (kommune.ebenen[0] ? geo(kommune.ebenen[0].id).flatMap((g) => g.polys) : []);
  const h = herkunft();
  const k = indikatorDaten(sprache);
  return (
    <div className="wrap">
      <h1>{w.titel}</h1>
      <p className="lead">{w.lead(ebenenNamen(kommune.ebenen, 'plural', diagramm(sprache).und, sprache))}</p>
      {manifest.geometrie.schematisch && (
        <aside className="hinweis" role="note" data-testid="hinweis-schematisch">
          <strong>{w.schematischTitel}</strong>
          {w.schematischText(manifest.geometrie.namensnennung)}
        </aside>
      )}
      <KarteApp
        k={kompaktPacken(k)}
        ags={kommune.ags}
        stadtName={kommune.name}
        indikatoren={kartenIndikatorenMitDaten(k).map((i) => indikatorIn(i, sprache))}
        ebenen={kommune.ebenen.map((e) => ({ wert: e.id, label: ebeneName(e, 'plural', sprache) }))}
        geo={Object.fromEntries(kommune.ebenen.map((e) => [e.id, geo(e.id)]))}
        umriss={umriss}
        kachel={kommune.karte ? { url: kommune.karte.kachelUrl, namensnennung: kommune.karte.namensnennung } : null}
        quellen={h.quellen}
        namensnennung={h.namensnennung}
        einbetten={`${kommune.veroeffentlichung.basisUrl}${inSprache('/einbetten/karte/', sprache).slice(1)}`}
        geoHinweis={geoHinweis(manifest.geometrie, sprache)}
        sprache={sprache}
      />
      <p className="chart-fuss">
        {w.karte}: {manifest.geometrie.namensnennung}. {kommune.karte ? `${w.hintergrund}: ${kommune.karte.namensnennung}. ` : `${w.ohneHintergrund} `}
        {h.namensnennung}.
      </p>
    </div>
  );
}
