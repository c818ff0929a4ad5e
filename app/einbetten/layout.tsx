import { EinbettenRahmen } from '@/components/EinbettenRahmen';

export default function EinbettenLayout({ children }: { children: React.ReactNode }) {
  return <EinbettenRahmen sprache="de">{children}</EinbettenRahmen>;
}
