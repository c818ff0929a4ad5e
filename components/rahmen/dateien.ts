/**
 * In the browser, loaded on the first click of a download button (components/rahmen/
 * herunterladen.ts): the file of a chart or the map made from its order (lib/herunterladen/
 * auftrag.ts) — the CSV of the shown numbers, the SVG image or the PNG drawn from it — and
 * offered for saving. Kept out of the frame script, so that pages carry it only when asked.
 */
import { herunterladen, svgZuPng } from '@/lib/bild/png';
import { auftragCsv, auftragLesen, auftragSvg } from '@/lib/herunterladen/auftrag';
import { diagramm } from '@/lib/i18n/diagramm';
import { spracheVon } from '@/lib/i18n/sprache';

export async function dateiMachen(json: string | undefined, format: string | undefined): Promise<void> {
  const a = auftragLesen(json);
  const fehler = diagramm(a?.sprache ?? spracheVon(window.location.pathname)).dateiFehler;
  if (!a) throw new Error(fehler.auftrag);
  if (format === 'csv') {
    const csv = auftragCsv(a);
    if (csv !== null) herunterladen(new Blob([csv], { type: 'text/csv;charset=utf-8' }), `${a.dateiname}.csv`);
    return;
  }
  const svg = auftragSvg(a);
  if (format === 'svg') herunterladen(new Blob([svg], { type: 'image/svg+xml' }), `${a.dateiname}.svg`);
  else if (format === 'png') herunterladen(await svgZuPng(svg, fehler), `${a.dateiname}.png`);
}
