'use client';

import { usePathname } from 'next/navigation';
import { fmtDatum } from '@/lib/format';
import type { Sprache } from '@/lib/i18n/sprache';

const TEXT: Record<Sprache, { stand: string; quelle: string; seite: string; von: string }> = {
  de: { stand: 'Datenstand des Atlas:', quelle: 'Quelle', seite: 'Seite', von: 'von' },
  en: { stand: 'Atlas data as of', quelle: 'Source', seite: 'Page', von: 'of' },
};

const cssText = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/**
 * Print footer on every A4 page, in the page margin (never over the content): the atlas's data
 * Stand (a page showing another Stichtag names it in its own title and legend), publisher,
 * licence and the published address of this page, and the page number. Given only the three
 * strings it prints from the municipality's configuration (every page's payload carries them).
 */
export function DruckFuss({ basisUrl, herausgeber, namensnennung, stand, sprache = 'de' }: { basisUrl: string; herausgeber: string; namensnennung: string; stand: string; sprache?: Sprache }) {
  const t = TEXT[sprache];
  const adresse = basisUrl.replace(/\/$/, '') + (usePathname() ?? '/');
  const text = `${t.stand} ${fmtDatum(stand, sprache)} · ${t.quelle}: ${herausgeber}, Integrationsatlas · ${namensnennung} · ${adresse}`;
  return (
    <style data-testid="druck-fuss">{`@page { @bottom-left { content: ${cssText(text)}; font: 7pt/1.3 sans-serif; color: #222; vertical-align: top; padding-top: 2mm; } @bottom-right { content: ${cssText(`${t.seite} `)} counter(page) ${cssText(` ${t.von} `)} counter(pages); font: 7pt sans-serif; vertical-align: top; padding-top: 2mm; } }`}</style>
  );
}
