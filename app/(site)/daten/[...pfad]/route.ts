import { listDaten, readArchiv, readDaten } from '@/lib/data';
import { zipDateien } from '@/lib/daten/version';

export const dynamic = 'force-static';
export const dynamicParams = false;

const TYP: Record<string, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  geojson: 'application/geo+json; charset=utf-8',
  ttl: 'text/turtle; charset=utf-8',
  zip: 'application/zip',
};

/** Every download under /daten/, copied byte for byte from data/published/daten/ at build time, and the release archives. */
export function generateStaticParams() {
  return [...listDaten(), ...zipDateien().keys()].map((p) => ({ pfad: p.split('/') }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ pfad: string[] }> }) {
  const pfad = (await params).pfad.join('/');
  const archiv = zipDateien().get(pfad);
  const inhalt = archiv ? readArchiv(archiv) : readDaten(pfad);
  return new Response(new Uint8Array(inhalt), { headers: { 'content-type': TYP[pfad.split('.').at(-1) ?? ''] ?? 'application/octet-stream' } });
}
