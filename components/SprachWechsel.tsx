'use client';

import { usePathname } from 'next/navigation';
import { useUrlTeil } from '@/components/useUrlTeil';
import { hatEnglisch } from '@/lib/i18n/seiten';
import { inSprache, type Sprache } from '@/lib/i18n/sprache';
import type { Woerterbuch } from '@/lib/i18n/woerter';

/**
 * The same page in the other language, where it exists, in the same view (query string and
 * fragment: map state, slide number). A plain link (a full load), so the document's language is
 * right from its first byte.
 */
export function SprachWechsel({ sprache, texte: w }: { sprache: Sprache; texte: Pick<Woerterbuch['rahmen'], 'andereSprache' | 'andereSpracheLang' | 'andereSpracheTitel'> }) {
  const pfad = usePathname() ?? '/';
  const [suche] = useUrlTeil('search');
  const [hash] = useUrlTeil('hash');
  if (!hatEnglisch(pfad)) return null;
  const ziel = `${inSprache(pfad, sprache === 'de' ? 'en' : 'de')}${suche}${hash}`;
  return (
    <a className="sprachwechsel" href={ziel} hrefLang={w.andereSpracheLang} lang={w.andereSpracheLang} title={w.andereSpracheTitel} data-testid="sprachwechsel">
      {w.andereSprache}
    </a>
  );
}
