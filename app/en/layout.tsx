import type { Metadata } from 'next';
import { loadKommune } from '@/lib/data';

/** Titles and description of every English page (site, embeds, presentation); frames come from the nested layouts. */
export function generateMetadata(): Metadata {
  const k = loadKommune();
  return {
    title: { default: `Integration Atlas ${k.name}`, template: `%s – Integration Atlas ${k.name}` },
    description: `Figures on population, migration and integration in ${k.bezeichnung}: key figures, time series and open data.`,
  };
}

/**
 * Every English page declares lang="en" in its static HTML (scripts/sprache-setzen.ts); every link
 * loads its page, so no script has to change the language afterwards.
 */
export default function EnglischeSeiten({ children }: { children: React.ReactNode }) {
  return children;
}
