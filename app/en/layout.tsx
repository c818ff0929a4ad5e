import type { Metadata } from 'next';
import { SpracheSetzen } from '@/components/SpracheSetzen';
import { loadKommune } from '@/lib/data';

/** Titles and description of every English page (site, embeds, presentation); frames come from the nested layouts. */
export function generateMetadata(): Metadata {
  const k = loadKommune();
  return {
    title: { default: `Integration Atlas ${k.name}`, template: `%s – Integration Atlas ${k.name}` },
    description: `Figures on population, migration and integration in ${k.bezeichnung}: key figures, time series and open data.`,
  };
}

/** Every English page, also when reached by client navigation, declares lang="en". */
export default function EnglischeSeiten({ children }: { children: React.ReactNode }) {
  return (
    <>
      <SpracheSetzen sprache="en" />
      {children}
    </>
  );
}
