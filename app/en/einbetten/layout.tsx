import { EinbettenRahmen } from '@/components/EinbettenRahmen';

export default function EmbedLayout({ children }: { children: React.ReactNode }) {
  return <EinbettenRahmen sprache="en">{children}</EinbettenRahmen>;
}
