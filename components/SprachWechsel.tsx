'use client';

import { usePathname } from 'next/navigation';
import { hatEnglisch } from '@/lib/i18n/seiten';
import { inSprache, type Sprache } from '@/lib/i18n/sprache';
import type { Woerterbuch } from '@/lib/i18n/woerter';

/**
 * The same page in the other language, where it exists. A plain link (a full load), so the
 * document's language is right from its first byte. The frame script adds the current view to it
 * (query string and fragment: map state, slide number; components/rahmen/sprachwechsel.ts). A
 * client component only for the page's path, which the shared layout does not know: its static
 * HTML is complete, so it needs no runtime (lib/seite/laufzeit.ts).
 */
export function SprachWechsel({ sprache, texte: w }: { sprache: Sprache; texte: Pick<Woerterbuch['rahmen'], 'andereSprache' | 'andereSpracheLang' | 'andereSpracheTitel'> }) {
  const pfad = usePathname() ?? '/';
  if (!hatEnglisch(pfad)) return null;
  const ziel = inSprache(pfad, sprache === 'de' ? 'en' : 'de');
  return (
    <a className="sprachwechsel" href={ziel} hrefLang={w.andereSpracheLang} lang={w.andereSpracheLang} title={w.andereSpracheTitel} data-testid="sprachwechsel">
      {w.andereSprache}
    </a>
  );
}
