import type { DiagrammWoerter } from '../i18n/diagramm';

/** Browser only: renders an SVG document onto a canvas and returns it as PNG (`faktor` × size); errors in the reader's words. */
export async function svgZuPng(svg: string, fehler: DiagrammWoerter['dateiFehler'], faktor = 2): Promise<Blob> {
  const breite = Number(/width="(\d+)"/.exec(svg)?.[1] ?? 960);
  const hoehe = Number(/height="(\d+)"/.exec(svg)?.[1] ?? 600);
  const img = new Image();
  await new Promise<void>((ok, nein) => {
    img.onload = () => ok();
    img.onerror = () => nein(new Error(fehler.bild));
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  });
  const canvas = document.createElement('canvas');
  canvas.width = breite * faktor;
  canvas.height = hoehe * faktor;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error(fehler.zeichnen);
  ctx.scale(faktor, faktor);
  ctx.drawImage(img, 0, 0, breite, hoehe);
  return new Promise((ok, nein) => canvas.toBlob((b) => (b ? ok(b) : nein(new Error(fehler.png))), 'image/png'));
}

/** Offers a blob as a file download. */
export function herunterladen(blob: Blob, dateiname: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = dateiname;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
