'use client';

import { useState } from 'react';
import { useImBrowser } from '@/components/useUrlTeil';
import type { Woerterbuch } from '@/lib/i18n/woerter';
import { attribute, lesen, SPEICHER_SCHLUESSEL, STANDARD, type Darstellung, type Farbschema } from '@/lib/darstellung/darstellung';

function gespeichert(): Darstellung {
  try {
    return lesen(localStorage.getItem(SPEICHER_SCHLUESSEL));
  } catch {
    return STANDARD;
  }
}

/** Colour scheme and high contrast, chosen by the reader and kept in this browser (no cookie). */
export function DarstellungWahl({ texte: w }: { texte: Woerterbuch['darstellung'] }) {
  const imBrowser = useImBrowser();
  const [gewaehlt, setGewaehlt] = useState<Darstellung | null>(null);
  // The static HTML shows the default; in the browser the stored choice (as VORAB_SKRIPT applied it).
  const d = gewaehlt ?? (imBrowser ? gespeichert() : STANDARD);
  const setze = (neu: Darstellung) => {
    setGewaehlt(neu);
    const r = document.documentElement;
    r.removeAttribute('data-farbschema');
    r.removeAttribute('data-kontrast');
    for (const [k, v] of Object.entries(attribute(neu))) r.setAttribute(k, v);
    try {
      localStorage.setItem(SPEICHER_SCHLUESSEL, JSON.stringify(neu));
    } catch {
      // Storage may be off: the choice then holds for this page only.
    }
  };
  return (
    <fieldset className="darstellung" data-testid="darstellung">
      <legend>{w.titel}</legend>
      <label>
        {w.farbschema}{' '}
        <select value={d.farbschema} onChange={(e) => setze({ ...d, farbschema: e.target.value as Farbschema })} data-testid="farbschema">
          <option value="system">{w.system}</option>
          <option value="hell">{w.hell}</option>
          <option value="dunkel">{w.dunkel}</option>
        </select>
      </label>
      <label>
        <input type="checkbox" checked={d.kontrast === 'hoch'} onChange={(e) => setze({ ...d, kontrast: e.target.checked ? 'hoch' : 'normal' })} data-testid="kontrast" /> {w.kontrast}
      </label>
    </fieldset>
  );
}
