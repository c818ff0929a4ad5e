import { suchIndex } from '@/lib/suche/index';

export const dynamic = 'force-static';

/** The prebuilt search index of the English pages. */
export function GET() {
  return Response.json(suchIndex('en'));
}
