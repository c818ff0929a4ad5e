import { BEISPIEL_MUSTER, karteSvg, SCHRAFFUR, type KartenGebietBild, type LegendenEintrag } from '@/lib/bild/karte';
import { diagramm } from '@/lib/i18n/diagramm';
import type { Sprache } from '@/lib/i18n/sprache';

/** The choropleth as static SVG (no script): embeds, slides and print. */
export function KartenBild({ gebiete, legende, breite = 900, titel, sprache = 'de' }: { gebiete: KartenGebietBild[]; legende: LegendenEintrag[]; breite?: number; titel: string; sprache?: Sprache }) {
  const { svg, hoehe } = karteSvg(gebiete, legende, breite);
  return <svg className="karten-bild" viewBox={`0 0 ${breite} ${hoehe}`} role="img" aria-label={diagramm(sprache).karte.bildLabel(titel)} dangerouslySetInnerHTML={{ __html: `<defs>${SCHRAFFUR}${BEISPIEL_MUSTER}</defs>${svg}` }} />;
}
