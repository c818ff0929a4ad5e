import type { Woerterbuch } from '@/lib/i18n/woerter';

/**
 * Colour scheme and high contrast, chosen by the reader and kept in this browser (no cookie).
 * Static markup showing the default; the frame script (components/rahmen/darstellung.ts) shows
 * the stored choice and applies a new one, so a page needs no framework runtime for it. No
 * value or checked state in the markup: hydration keeps what that script set.
 */
export function DarstellungWahl({ texte: w }: { texte: Woerterbuch['darstellung'] }) {
  return (
    <fieldset className="darstellung" data-testid="darstellung" data-rahmen="darstellung">
      <legend>{w.titel}</legend>
      <label>
        {w.farbschema}{' '}
        <select data-testid="farbschema">
          <option value="system">{w.system}</option>
          <option value="hell">{w.hell}</option>
          <option value="dunkel">{w.dunkel}</option>
        </select>
      </label>
      <label>
        <input type="checkbox" data-testid="kontrast" /> {w.kontrast}
      </label>
    </fieldset>
  );
}
