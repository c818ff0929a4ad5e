import Link from 'next/link';
import type { ReactNode } from 'react';
import { hatEnglisch } from '@/lib/i18n/seiten';
import { inSprache, type Sprache } from '@/lib/i18n/sprache';

/**
 * A link to a page in the reader's language; where the page is not yet translated, to the
 * German page – marked by hreflang and, where `nurDeutsch` is given, in words.
 */
export function SprachLink({ pfad, sprache, nurDeutsch, children }: { pfad: string; sprache: Sprache; nurDeutsch?: string; children: ReactNode }) {
  if (sprache === 'de' || hatEnglisch(pfad.replace(/#.*$/, ''))) return <Link prefetch={false} href={inSprache(pfad, sprache)}>{children}</Link>;
  return (
    <a href={pfad} hrefLang="de">
      {children}
      {nurDeutsch}
    </a>
  );
}

/** A named navigation list of such links (site navigation, legal links). */
export function SprachLinkNav({ label, klasse, ziele, sprache, nurDeutsch }: { label: string; klasse: string; ziele: { pfad: string; text: string }[]; sprache: Sprache; nurDeutsch: string }) {
  return (
    <nav aria-label={label}>
      <ul className={klasse}>
        {ziele.map((z) => (
          <li key={z.pfad}>
            <SprachLink pfad={z.pfad} sprache={sprache} nurDeutsch={nurDeutsch}>
              {z.text}
            </SprachLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
