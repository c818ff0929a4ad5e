import type { Metadata, Viewport } from 'next';
import localFont from 'next/font/local';
import { SiteFooter } from '@/components/SiteFooter';
import { SiteHeader } from '@/components/SiteHeader';
import { loadKommune } from '@/lib/data';
import './globals.css';

const sans = localFont({
  src: '../node_modules/@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-normal.woff2',
  variable: '--font-sans',
  display: 'swap',
  weight: '200 900',
});

export function generateMetadata(): Metadata {
  const k = loadKommune();
  return {
    title: { default: `Integrationsatlas ${k.name}`, template: `%s – Integrationsatlas ${k.name}` },
    description: `Zahlen zu Bevölkerung, Migration und Integration in ${k.bezeichnung}: Kennzahlen, Zeitreihen und offene Daten.`,
  };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0b3d5c' };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  const k = loadKommune();
  return (
    <html lang="de" className={sans.variable}>
      <body>
        <a className="skip" href="#inhalt">
          Zum Inhalt springen
        </a>
        <SiteHeader name={k.name} />
        <main id="inhalt">{children}</main>
        <SiteFooter kommune={k} />
      </body>
    </html>
  );
}
