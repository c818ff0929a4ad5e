import { SeitenRahmen } from '@/components/SeitenRahmen';

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return <SeitenRahmen>{children}</SeitenRahmen>;
}
