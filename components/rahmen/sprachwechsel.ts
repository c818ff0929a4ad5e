/**
 * In the browser: the link to the other language (components/SprachWechsel.tsx) opens the same
 * view — the address's query string and fragment (map state, slide, a section) go along, also on
 * a page without the framework's runtime, whose static link holds only the path.
 */
const EREIGNISSE = ['click', 'auxclick', 'contextmenu', 'focusin', 'mouseover'] as const;

export function sprachWechsel(dokument: Document): void {
  const mitAnsicht = (e: Event) => {
    const a = e.target instanceof Element ? e.target.closest<HTMLAnchorElement>('a.sprachwechsel') : null;
    if (!a) return;
    const { search, hash } = dokument.location;
    // A path, as the page wrote it (not the absolute address the URL setters would make).
    const ziel = `${a.pathname}${search}${hash}`;
    if (a.getAttribute('href') !== ziel) a.setAttribute('href', ziel);
  };
  for (const art of EREIGNISSE) dokument.addEventListener(art, mitAnsicht);
}
