'use client';

import { usePathname } from 'next/navigation';
import type { Kommune } from '@/lib/config';
import { fmtDatum } from '@/lib/format';

const cssText = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/**
 * Print footer on every A4 page, in the page margin (never over the content): the atlas's data
 * Stand (a page showing another Stichtag names it in its own title and legend), publisher,
 * licence and the published address of this page, and the page number.
 */
export function DruckFuss({ kommune, stand }: { kommune: Kommune; stand: string }) {
  const adresse = kommune.veroeffentlichung.basisUrl.replace(/\/$/, '') + (usePathname() ?? '/');
  const text = `Datenstand des Atlas: ${fmtDatum(stand)} · Quelle: ${kommune.herausgeber.name}, Integrationsatlas · ${kommune.lizenz.namensnennung} · ${adresse}`;
  return (
    <style data-testid="druck-fuss">{`@page { @bottom-left { content: ${cssText(text)}; font: 7pt/1.3 sans-serif; color: #222; vertical-align: top; padding-top: 2mm; } @bottom-right { content: "Seite " counter(page) " von " counter(pages); font: 7pt sans-serif; vertical-align: top; padding-top: 2mm; } }`}</style>
  );
}
