/** In the browser: a print button (components/DruckenKnopf.tsx) opens the browser's print dialog. */
import { knopf } from './knopf';

export function druckenKnopf(dokument: Document): void {
  dokument.addEventListener('click', (e) => {
    if (knopf(e, 'drucken')) window.print();
  });
}
