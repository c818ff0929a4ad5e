'use client';

import { useId, useRef, useState } from 'react';
import { einbettCode } from '@/lib/bild/einbetten';
import { diagramm } from '@/lib/i18n/diagramm';
import type { Sprache } from '@/lib/i18n/sprache';

/** "Einbetten": a dialog with the iframe code of this chart's embed page, ready to copy. */
export function EinbettenDialog({ url, titel, sprache = 'de' }: { url: string; titel: string; sprache?: Sprache }) {
  const w = diagramm(sprache);
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [kopiert, setKopiert] = useState(false);
  const code = einbettCode(url, titel);
  return (
    <>
      <button type="button" data-testid="einbetten" onClick={() => dialog.current?.showModal()}>
        {w.einbetten}
      </button>
      <dialog ref={dialog} className="einbetten-dialog" aria-labelledby={`${id}-t`} data-testid="einbetten-dialog">
        <h2 id={`${id}-t`}>{w.einbettenTitel}</h2>
        <p>{w.einbettenText}</p>
        <textarea readOnly value={code} rows={8} aria-label={w.einbettenCode} data-testid="einbetten-code" onFocus={(e) => e.currentTarget.select()} />
        <div className="dialog-knoepfe">
          <button
            type="button"
            onClick={() =>
              navigator.clipboard?.writeText(code).then(
                () => setKopiert(true),
                () => setKopiert(false),
              )
            }
          >
            {kopiert ? w.kopiert : w.codeKopieren}
          </button>
          <button type="button" onClick={() => dialog.current?.close()}>
            {w.schliessen}
          </button>
        </div>
      </dialog>
    </>
  );
}
