'use client';

/** Opens the browser's print dialog (hidden in print). */
export function DruckenKnopf({ text = 'Drucken' }: { text?: string }) {
  return (
    <button type="button" className="drucken-knopf" onClick={() => window.print()} data-testid="drucken">
      {text}
    </button>
  );
}
