import type { Metadata, Viewport } from 'next';
import { loadKommune } from '@/lib/data';
import { Dokument, VIEWPORT } from './Dokument';
import './globals.css';

export function generateMetadata(): Metadata {
  const k = loadKommune();
  return {
    metadataBase: new URL(k.veroeffentlichung.basisUrl),
    title: { default: `Integrationsatlas ${k.name}`, template: `%s – Integrationsatlas ${k.name}` },
    description: `Zahlen zu Bevölkerung, Migration und Integration in ${k.bezeichnung}: Kennzahlen, Zeitreihen und offene Daten.`,
  };
}

export const viewport: Viewport = VIEWPORT;

/** Document shell only: the site (app/(site)/layout.tsx) and embeds (app/einbetten/) add their frames. */
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return <Dokument>{children}</Dokument>;
}
