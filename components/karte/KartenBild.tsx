import { BEISPIEL_MUSTER, karteSvg, SCHRAFFUR, type KartenGebietBild, type LegendenEintrag } from '@/lib/bild/karte';

/** The choropleth as static SVG (no script): embeds, slides and print. */
export function KartenBild({ gebiete, legende, breite = 900, titel }: { gebiete: KartenGebietBild[]; legende: LegendenEintrag[]; breite?: number; titel: string }) {
  const { svg, hoehe } = karteSvg(gebiete, legende, breite);
  return <svg className="karten-bild" viewBox={`0 0 ${breite} ${hoehe}`} role="img" aria-label={`${titel}; die Werte stehen in der Tabelle`} dangerouslySetInnerHTML={{ __html: `<defs>${SCHRAFFUR}${BEISPIEL_MUSTER}</defs>${svg}` }} />;
}
