'use client';

import { fmtDatum } from '@/lib/format';
import { diagramm } from '@/lib/i18n/diagramm';
import type { Sprache } from '@/lib/i18n/sprache';

interface Props<T extends string> {
  label: string;
  wert: T;
  optionen: { wert: T; label: string }[];
  onChange: (w: T) => void;
  testid: string;
  /** Its parameter in the address (a card's `<karte>.<feld>`, lib/ansicht/url.ts, or a page-wide one such as the map's): a choice made before the page runs is kept there. */
  name?: string;
}

/** A labelled select; the chart beside it recomputes from the page's data, no request. */
export function Auswahl<T extends string>({ label, wert, optionen, onChange, testid, name }: Props<T>) {
  return (
    <label className="auswahl">
      <span>{label}</span>
      {/* Without a parameter of its own, a choice made before React runs is made again once it does (components/rahmen/laufzeit.ts). */}
      <select name={name} data-nachholen={name ? undefined : ''} value={wert} onChange={(e) => onChange(e.target.value as T)} data-testid={testid}>
        {optionen.map((o) => (
          <option key={o.wert} value={o.wert}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The Stichtag selector every chart card uses: ISO values, labels in the page's language. */
export function StichtagAuswahl({ stichtage, wert, onChange, testid, name, sprache = 'de' }: { stichtage: string[]; wert: string; onChange: (s: string) => void; testid: string; name?: string; sprache?: Sprache }) {
  return <Auswahl label={diagramm(sprache).stichtag} wert={wert} optionen={stichtage.map((s) => ({ wert: s, label: fmtDatum(s, sprache) }))} onChange={onChange} testid={testid} name={name} />;
}
