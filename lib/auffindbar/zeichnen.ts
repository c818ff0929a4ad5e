/** Build-time (Node): a page's preview image drawn into the export (out/vorschau/). */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pngAusSvg } from '../bild/rastern';
import { vorschauPfad, vorschauSvg } from '../bild/vorschau';
import { vorschauFuer } from './vorschau';

/** Draws the preview image of the page at `route` into the export `out`; false for a page without one. */
export async function vorschauZeichnen(out: string, route: string): Promise<boolean> {
  const v = vorschauFuer(route);
  if (!v) return false;
  const datei = path.join(out, vorschauPfad(route));
  await mkdir(path.dirname(datei), { recursive: true });
  await writeFile(datei, await pngAusSvg(vorschauSvg(v.inhalt, v.text)));
  return true;
}
