import { SeitenRahmen } from '@/components/SeitenRahmen';

/** The English site: the same frame in English; the export writes lang="en" into these pages. */
export default function EnglischLayout({ children }: { children: React.ReactNode }) {
  return <SeitenRahmen sprache="en">{children}</SeitenRahmen>;
}
