import type { Viewport } from 'next';
import type { ReactNode } from 'react';
import { VORAB_SKRIPT } from '@/lib/darstellung/darstellung';
import { HydrierungMelden } from '@/components/HydrierungMelden';

/** The viewport of every document (root layout and 404 page). */
export const VIEWPORT: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#0b3d5c' },
    { media: '(prefers-color-scheme: dark)', color: '#0a2a40' },
  ],
};

/**
 * The document shell of every page (root layout) and of the 404 page (global-not-found): the
 * reader's colour scheme and contrast are set on <html> before hydration (VORAB_SKRIPT), and
 * the end of hydration is marked there (HydrierungMelden).
 */
export function Dokument({ children }: { children: ReactNode }) {
  return (
    <html lang="de" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: VORAB_SKRIPT }} />
      </head>
      <body>
        {children}
        <HydrierungMelden />
      </body>
    </html>
  );
}
