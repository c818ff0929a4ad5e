/**
 * Opens the browser's print dialog (hidden in print). Static markup: the frame script
 * (components/rahmen/drucken.ts) does the printing, so the page needs no framework runtime for it.
 */
export function DruckenKnopf({ text = 'Drucken' }: { text?: string }) {
  return (
    <button type="button" className="drucken-knopf" data-rahmen="drucken" data-testid="drucken">
      {text}
    </button>
  );
}
