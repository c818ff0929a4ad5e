import type { Metadata } from 'next';
import { SeitenRahmen } from '@/components/SeitenRahmen';
import { SpracheSetzen } from '@/components/SpracheSetzen';
import { loadKommune } from '@/lib/data';

export function generateMetadata(): Metadata {
  const k = loadKommune();
  return {
    title: { default: `Integration Atlas ${k.name}`, template: `%s – Integration Atlas ${k.name}` },
    description: `Figures on population, migration and integration in ${k.bezeichnung}: key figures, time series and open data.`,
  };
}

/** The English site: the same frame in English; the export writes lang="en" into these pages. */
export default function EnglischLayout({ children }: { children: React.ReactNode }) {
  return (
    <SeitenRahmen sprache="en">
      <SpracheSetzen sprache="en" />
      {children}
    </SeitenRahmen>
  );
}
