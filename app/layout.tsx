import type { Metadata, Viewport } from 'next';
import { loadKommune } from '@/lib/data';
import { VORAB_SKRIPT } from '@/lib/darstellung/darstellung';
import './globals.css';

export function generateMetadata(): Metadata {
  const k = loadKommune();
  return {
    metadataBase: new URL(k.veroeffentlichung.basisUrl),
    title: { default: `Integrationsatlas ${k.name}`, template: `%s – Integrationsatlas ${k.name}` },
    description: `Zahlen zu Bevölkerung, Migration und Integration in ${k.bezeichnung}: Kennzahlen, Zeitreihen und offene Daten.`,
  };
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#0b3d5c' },
    { media: '(prefers-color-scheme: dark)', color: '#0a2a40' },
  ],
};

/** Document shell only: the site (app/(site)/layout.tsx) and embeds (app/einbetten/) add their frames. */
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    // The reader's colour scheme and contrast are set on <html> before hydration (VORAB_SKRIPT).
    <html lang="de" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: VORAB_SKRIPT }} />
      </head>
      <body>{children}</body>
    </html>
  );
}
