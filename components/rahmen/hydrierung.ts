/**
 * In the browser: running a change of React's markup only once React owns it. On a page with
 * the framework's runtime, React hydrates the static HTML it finds; a row the frame script had
 * moved before would not match and React would render the page again. So on such a page the
 * change waits for `data-hydriert` (components/HydrierungMelden.tsx); on a page without the
 * runtime (neither payload nor runtime on request, lib/laufzeit) it runs at once.
 */
import { HYDRIERT, LAUFZEIT_META } from '@/lib/laufzeit/laufzeit';

/**
 * True on a page served with the framework's runtime: its payload's inline scripts ran, or it
 * loads runtime and payload on request (`<meta name="laufzeit">`), and React will hydrate it.
 */
export const hatLaufzeit = (): boolean => '__next_f' in self || document.querySelector(`meta[name="${LAUFZEIT_META}"]`) !== null;

/** True once React has hydrated the page and shows the address's views (HydrierungMelden). */
export const istHydriert = (): boolean => document.documentElement.hasAttribute(HYDRIERT);

export function nachHydrierung(f: () => void): void {
  if (!hatLaufzeit() || istHydriert()) return f();
  const html = document.documentElement;
  const beobachter = new MutationObserver(() => {
    if (!istHydriert()) return;
    beobachter.disconnect();
    f();
  });
  beobachter.observe(html, { attributes: true, attributeFilter: [HYDRIERT] });
}
