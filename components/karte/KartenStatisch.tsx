import type { CSSProperties, FocusEvent } from 'react';
import { projiziere } from '@/lib/bild/karte';
import { ausLatLngs, type LatLngPolys } from '@/lib/karte/geometrie';
import type { KartenGebiet } from './KartenFlaeche';
import { KARTEN_MUSTER, KartenMuster, musterUrl } from './KartenMuster';

/** Width of the drawing's own coordinates; the drawing scales to its box. */
const BREITE = 1000;

/** Its patterns: the map's, 1.5× as large in its coordinates (a box about 660 px wide shows them as on the map). */
const MUSTER = 'karte-statisch';
/** A fill by the interactive map's pattern drawn with this drawing's own. */
const muster = (farbe: string) => (farbe === musterUrl(KARTEN_MUSTER, 'schraffur') ? musterUrl(MUSTER, 'schraffur') : farbe);

interface Props {
  gebiete: KartenGebiet[];
  umriss: LatLngPolys;
  /** The area marked (hovered in the table, or chosen), ringed as on the interactive map. */
  markiert: string | null;
  /** Names on the map (at the coarsest level), as on the interactive map. */
  beschriften: boolean;
  /** The address of an area's profile. */
  profil: (id: string) => string;
  /** Focus on an area (once React runs): selects it, as on the interactive map. */
  onWaehlen?: (id: string) => void;
  texte: { regionStatisch: string; oeffnet: string };
}

/**
 * The map's view as static SVG in the page's HTML: what a reader sees before the interactive map
 * has loaded (or without script, or in print). It fits the city's outline into the same box and in
 * the same projection as the interactive map (components/karte/KartenFlaeche.tsx: Web Mercator,
 * 12 px padding, no zoom steps), so the interactive map replaces it without moving what is under the
 * pointer. Every area is a link to its profile, named with its value like the map's areas.
 */
export function KartenStatisch({ gebiete, umriss, markiert, beschriften, profil, onWaehlen, texte }: Props) {
  const geometrien = gebiete.map((g) => ausLatLngs(g.polys));
  const { hoehe, pfad, punkt } = projiziere(geometrien, BREITE, [ausLatLngs(umriss)]);
  // Each area's path once: its fill, its stripes and its ring share it.
  const d = new Map(gebiete.map((g, i) => [g.id, pfad(geometrien[i] ?? ausLatLngs([]))]));
  const waehlen = onWaehlen && ((e: FocusEvent<Element>) => onWaehlen(e.currentTarget.getAttribute('data-gebiet') ?? ''));
  return (
    <div className="karte-statisch" role="region" aria-label={texte.regionStatisch} data-testid="karte-statisch">
      <div className="karte-statisch-bild" style={{ '--seiten': `${BREITE} / ${Math.max(hoehe, 1)}` } as CSSProperties}>
        <svg viewBox={`0 0 ${BREITE} ${Math.max(hoehe, 1)}`}>
          <defs>
            <KartenMuster id={MUSTER} groesse={12} />
          </defs>
          <path className="umriss" d={pfad(ausLatLngs(umriss))} />
          {gebiete.map((g) => (
            <a key={g.id} href={profil(g.id)} data-gebiet={g.id} aria-label={`${g.name}: ${g.text}. ${texte.oeffnet}`} onFocus={waehlen}>
              <title>{`${g.name}: ${g.text}`}</title>
              <path className="flaeche" d={d.get(g.id)} fill={muster(g.farbe)} />
              {g.illustrativ && <path className="flaeche-ill" d={d.get(g.id)} fill={musterUrl(MUSTER, 'beispiel')} />}
            </a>
          ))}
          {gebiete
            .filter((g) => g.id === markiert)
            .map((g) => (
              <path key={g.id} className="fokus-ring" d={d.get(g.id)} />
            ))}
        </svg>
        {beschriften &&
          gebiete.map((g) => {
            const [x, y] = punkt(g.label[1], g.label[0]);
            return (
              <span key={g.id} className="karte-label" style={{ left: `${(x / BREITE) * 100}%`, top: `${(y / Math.max(hoehe, 1)) * 100}%` }} aria-hidden="true">
                {/* Its rank: the frame script hides a name that would cover a larger area's (components/rahmen/beschriftung.ts). */}
                <span data-rang={g.rang}>{g.name}</span>
              </span>
            );
          })}
      </div>
    </div>
  );
}
