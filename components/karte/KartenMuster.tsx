/** The fills of a map's patterns: hatched for a withheld area, white stripes over an illustrative one. */
export type MusterArt = 'schraffur' | 'beispiel';

/** The interactive map's patterns (its defs are on the page, KarteApp). */
export const KARTEN_MUSTER = 'karte';

/** A fill by one of the patterns KartenMuster defines under `id`. */
export const musterUrl = (id: string, art: MusterArt) => `url(#${id}-${art})`;

/**
 * The map's two patterns as SVG defs under `id`, `groesse` units wide (8 on the interactive map,
 * where a unit is a screen pixel; larger on a drawing that scales down to its box).
 */
export function KartenMuster({ id, groesse }: { id: string; groesse: number }) {
  const strich = (3 * groesse) / 8;
  return (
    <>
      <pattern id={`${id}-schraffur`} width={groesse} height={groesse} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width={groesse} height={groesse} fill="#e6e6e6" />
        <line x1="0" y1="0" x2="0" y2={groesse} stroke="#777" strokeWidth={strich} />
      </pattern>
      <pattern id={`${id}-beispiel`} width={groesse} height={groesse} patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">
        <line x1="0" y1="0" x2="0" y2={groesse} stroke="#ffffff" strokeOpacity="0.7" strokeWidth={strich} />
      </pattern>
    </>
  );
}
