import { listDaten, readDaten } from '@/lib/data';

export const dynamic = 'force-static';
export const dynamicParams = false;

const TYP: Record<string, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  geojson: 'application/geo+json; charset=utf-8',
  ttl: 'text/turtle; charset=utf-8',
};

/** Every download under /daten/, copied byte for byte from data/published/daten/ at build time. */
export function generateStaticParams() {
  return listDaten().map((p) => ({ pfad: p.split('/') }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ pfad: string[] }> }) {
  const pfad = (await params).pfad.join('/');
  return new Response(new Uint8Array(readDaten(pfad)), { headers: { 'content-type': TYP[pfad.split('.').at(-1) ?? ''] ?? 'application/octet-stream' } });
}
