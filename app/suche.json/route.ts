import { suchIndex } from '@/lib/suche/index';

export const dynamic = 'force-static';

/** The prebuilt search index of the German pages (the header's search loads it on first focus). */
export function GET() {
  return Response.json(suchIndex('de'));
}
