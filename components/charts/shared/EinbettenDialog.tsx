'use client';

import { useId, useRef, useState } from 'react';
import { einbettCode } from '@/lib/bild/einbetten';

/** "Einbetten": a dialog with the iframe code of this chart's embed page, ready to copy. */
export function EinbettenDialog({ url, titel }: { url: string; titel: string }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [kopiert, setKopiert] = useState(false);
  const code = einbettCode(url, titel);
  return (
    <>
      <button type="button" data-testid="einbetten" onClick={() => dialog.current?.showModal()}>
        Einbetten
      </button>
      <dialog ref={dialog} className="einbetten-dialog" aria-labelledby={`${id}-t`} data-testid="einbetten-dialog">
        <h2 id={`${id}-t`}>Diagramm einbetten</h2>
        <p>Diesen Code in die eigene Seite einfügen. Das Diagramm bringt Tabelle, Daten-Download und Namensnennung mit und passt seine Höhe selbst an.</p>
        <textarea readOnly value={code} rows={8} aria-label="HTML-Code zum Einbetten" data-testid="einbetten-code" onFocus={(e) => e.currentTarget.select()} />
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
            {kopiert ? 'Kopiert' : 'Code kopieren'}
          </button>
          <button type="button" onClick={() => dialog.current?.close()}>
            Schließen
          </button>
        </div>
      </dialog>
    </>
  );
}
