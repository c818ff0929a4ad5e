'use client';

import { useState } from 'react';
import { diagramm } from '@/lib/i18n/diagramm';
import type { Sprache } from '@/lib/i18n/sprache';

/** "Link kopieren": the page's address with this view (query string) and this chart (fragment). */
export function LinkKopieren({ id, sprache = 'de' }: { id: string; sprache?: Sprache }) {
  const w = diagramm(sprache);
  const [zustand, setZustand] = useState<'' | 'kopiert' | 'fehler'>('');
  const [link, setLink] = useState('');
  const kopieren = () => {
    const { origin, pathname, search } = window.location;
    const url = `${origin}${pathname}${search}#${id}`;
    setLink(url);
    if (!navigator.clipboard) return setZustand('fehler');
    navigator.clipboard.writeText(url).then(
      () => setZustand('kopiert'),
      () => setZustand('fehler'),
    );
  };
  return (
    <>
      <button type="button" onClick={kopieren} data-testid="link-kopieren">
        {zustand === 'kopiert' ? w.linkKopiert : w.linkKopieren}
      </button>
      <span role="status" className="sr-only">
        {zustand === 'kopiert' ? w.linkKopiert : ''}
      </span>
      {zustand === 'fehler' && (
        <input className="link-feld" readOnly value={link} aria-label={w.linkFeld} data-testid="link-feld" onFocus={(e) => e.currentTarget.select()} />
      )}
    </>
  );
}
