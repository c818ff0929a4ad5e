/** Browser only: renders an SVG document onto a canvas and returns it as PNG (`faktor` × size). */
export async function svgZuPng(svg: string, faktor = 2): Promise<Blob> {
  const breite = Number(/width="(\d+)"/.exec(svg)?.[1] ?? 960);
  const hoehe = Number(/height="(\d+)"/.exec(svg)?.[1] ?? 600);
  const img = new Image();
  await new Promise<void>((ok, fehler) => {
    img.onload = () => ok();
    img.onerror = () => fehler(new Error('SVG ließ sich nicht als Bild laden'));
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  });
  const canvas = document.createElement('canvas');
  canvas.width = breite * faktor;
  canvas.height = hoehe * faktor;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('Canvas nicht verfügbar');
  ctx.scale(faktor, faktor);
  ctx.drawImage(img, 0, 0, breite, hoehe);
  return new Promise((ok, fehler) => canvas.toBlob((b) => (b ? ok(b) : fehler(new Error('PNG konnte nicht erzeugt werden'))), 'image/png'));
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
