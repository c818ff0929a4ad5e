import type { ReactNode } from 'react';
import { hatEnglisch } from '@/lib/i18n/seiten';
import { inSprache, type Sprache } from '@/lib/i18n/sprache';

/** A link to a page in the reader's language; to a page that exists in German only, the German page, marked by hreflang. */
export function SprachLink({ pfad, sprache, children }: { pfad: string; sprache: Sprache; children: ReactNode }) {
  if (sprache === 'de' || hatEnglisch(pfad.replace(/#.*$/, ''))) return <a href={inSprache(pfad, sprache)}>{children}</a>;
  return (
    <a href={pfad} hrefLang="de">
      {children}
    </a>
  );
}

/** A named navigation list of such links (site navigation, legal links). */
export function SprachLinkNav({ label, klasse, ziele, sprache }: { label: string; klasse: string; ziele: { pfad: string; text: string }[]; sprache: Sprache }) {
  return (
    <nav aria-label={label}>
      <ul className={klasse}>
        {ziele.map((z) => (
          <li key={z.pfad}>
            <SprachLink pfad={z.pfad} sprache={sprache}>
              {z.text}
            </SprachLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
