/**
 * In the browser: copying a chart's link (components/charts/shared/LinkKopieren.tsx) and its
 * embed code (EinbettenDialog.tsx): the dialog opens and closes, the clipboard gets the text, the
 * button says it is done; a field to copy from by hand selects its text when focused.
 */
import { knopf } from './knopf';

/** The button's own words for "done" (data-erledigt), in place of its label. */
function erledigt(b: HTMLButtonElement): void {
  b.textContent = b.dataset.erledigt ?? b.textContent;
}

function linkKopieren(b: HTMLButtonElement): void {
  const { origin, pathname, search } = window.location;
  const url = `${origin}${pathname}${search}#${b.dataset.ziel ?? ''}`;
  const status = b.nextElementSibling;
  const feld = status?.nextElementSibling;
  const vonHand = () => {
    if (!(feld instanceof HTMLInputElement)) return;
    feld.value = url;
    feld.hidden = false;
  };
  if (!navigator.clipboard) return vonHand();
  navigator.clipboard.writeText(url).then(() => {
    erledigt(b);
    if (status) status.textContent = b.dataset.erledigt ?? '';
  }, vonHand);
}

export function kopieren(dokument: Document): void {
  dokument.addEventListener('click', (e) => {
    const link = knopf(e, 'link-kopieren');
    if (link) return linkKopieren(link);
    const oeffnen = knopf(e, 'dialog-oeffnen');
    const dialog = oeffnen?.nextElementSibling;
    if (dialog instanceof HTMLDialogElement) return dialog.showModal();
    const code = knopf(e, 'code-kopieren');
    const text = code?.closest('dialog')?.querySelector('textarea');
    if (code && text) {
      void navigator.clipboard?.writeText(text.value).then(() => erledigt(code));
      return;
    }
    knopf(e, 'dialog-schliessen')?.closest('dialog')?.close();
  });
  dokument.addEventListener('focusin', (e) => {
    if (e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement) if (e.target.dataset.rahmen === 'auswaehlen') e.target.select();
  });
}
