/** In the browser: a print button (components/DruckenKnopf.tsx) opens the browser's print dialog. */
export function druckenKnopf(dokument: Document): void {
  dokument.addEventListener('click', (e) => {
    if (e.target instanceof Element && e.target.closest('button[data-rahmen="drucken"]')) window.print();
  });
}
