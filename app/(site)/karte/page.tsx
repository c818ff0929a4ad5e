import type { Metadata } from 'next';
import { KarteApp, type GeoGebiet } from '@/components/karte/KarteApp';
import { loadGeo, loadKommune, loadManifest } from '@/lib/data';
import { ebenenNamen } from '@/lib/ebenen';
import { labelPunkt, toLatLngs } from '@/lib/karte/geometrie';
import { geoHinweis } from '@/lib/karte/seite';
import { herkunft, indikatorDaten, kartenIndikatorenMitDaten } from '@/lib/themen/seite';

export function generateMetadata(): Metadata {
  const k = loadKommune();
  return { title: 'Karte', description: `Kennzahlen nach ${ebenenNamen(k.ebenen, 'singular')} auf der Karte.` };
}

export default function KartenSeite() {
  const kommune = loadKommune();
  const manifest = loadManifest();
  const geo = (ebene: string): GeoGebiet[] =>
    loadGeo(ebene).features.map((f) => {
      const polys = toLatLngs(f.geometry);
      return { id: f.properties.id, name: f.properties.name, polys, label: labelPunkt(polys) };
    });
  const umriss = toLatLngs(loadGeo('stadt').features[0]?.geometry ?? { type: 'Polygon', coordinates: [] });
  const h = herkunft();
  const k = indikatorDaten();
  return (
    <div className="wrap">
      <h1>Karte</h1>
      <p className="lead">
        Kennzahlen der {ebenenNamen(kommune.ebenen)} im Vergleich. Mit der Tabulatortaste erreichen Sie jedes Gebiet; Enter
        öffnet sein Profil. Die Tabelle neben der Karte zeigt dieselben Werte.
      </p>
      {manifest.geometrie.schematisch && (
        <aside className="hinweis" role="note" data-testid="hinweis-schematisch">
          <strong>Schematische Grenzen:</strong> Die Gebiete sind nicht amtlich abgegrenzt, sondern schematisch aus der Stadtgrenze erzeugt. Grundlage:{' '}
          {manifest.geometrie.namensnennung}. Ob die Werte amtlich oder Beispieldaten sind, steht an jedem Wert und in der Legende.
        </aside>
      )}
      <KarteApp
        k={k}
        ags={kommune.ags}
        stadtName={kommune.name}
        indikatoren={kartenIndikatorenMitDaten(k)}
        ebenen={kommune.ebenen.map((e) => ({ wert: e.id, label: e.plural }))}
        geo={Object.fromEntries(kommune.ebenen.map((e) => [e.id, geo(e.id)]))}
        umriss={umriss}
        kachel={kommune.karte ? { url: kommune.karte.kachelUrl, namensnennung: kommune.karte.namensnennung } : null}
        quellen={h.quellen}
        namensnennung={h.namensnennung}
        einbetten={`${kommune.veroeffentlichung.basisUrl}einbetten/karte/`}
        geoHinweis={geoHinweis(manifest.geometrie)}
      />
      <p className="chart-fuss">
        Karte: {manifest.geometrie.namensnennung}. {kommune.karte ? `Hintergrund: ${kommune.karte.namensnennung}. ` : 'Ohne Hintergrundkarte: es werden keine Kacheln von Dritten geladen. '}
        {h.namensnennung}.
      </p>
    </div>
  );
}
