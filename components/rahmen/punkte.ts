/**
 * In the browser: moving between the points of a chart by keyboard (components/charts/
 * PunktNavigation.tsx). The chosen point is kept on the group (data-aktiv-reihe,
 * data-aktiv-stichtag), marked with the class `aktiv` and read out from its <title>.
 */
const GRUPPE = '[data-rahmen="punkte"]';

/** Only the points of the SVG on screen (a wide and a narrow one are in the page). */
const punkte = (gruppe: HTMLElement) => [...gruppe.querySelectorAll<SVGCircleElement>('circle.punkt')].filter((c) => c.getClientRects().length > 0);

function waehle(gruppe: HTMLElement, c: SVGCircleElement | undefined): void {
  if (!c) return;
  for (const x of gruppe.querySelectorAll('circle.punkt.aktiv')) x.classList.remove('aktiv');
  c.classList.add('aktiv');
  gruppe.dataset.aktivReihe = c.dataset.reihe ?? '';
  gruppe.dataset.aktivStichtag = c.dataset.stichtag ?? '';
  const ansage = gruppe.querySelector('[data-testid="punkt-ansage"]');
  if (ansage) ansage.textContent = c.querySelector('title')?.textContent ?? '';
}

const jetzt = (gruppe: HTMLElement, alle: SVGCircleElement[]) => alle.find((c) => c.dataset.reihe === gruppe.dataset.aktivReihe && c.dataset.stichtag === gruppe.dataset.aktivStichtag);

function taste(gruppe: HTMLElement, e: KeyboardEvent): void {
  const alle = punkte(gruppe);
  const c = jetzt(gruppe, alle) ?? alle[0];
  if (!c) return;
  const reihen = [...new Set(alle.map((x) => x.dataset.reihe ?? ''))];
  const inReihe = (r: string) => alle.filter((x) => x.dataset.reihe === r);
  const meine = inReihe(c.dataset.reihe ?? '');
  const i = meine.indexOf(c);
  const nachbarReihe = (schritt: number) => {
    const r = reihen[(reihen.indexOf(c.dataset.reihe ?? '') + schritt + reihen.length) % reihen.length] ?? '';
    const t = Date.parse(c.dataset.stichtag ?? '');
    const abstand = (x: SVGCircleElement) => Math.abs(Date.parse(x.dataset.stichtag ?? '') - t);
    return inReihe(r).reduce<SVGCircleElement | undefined>((best, x) => (!best || abstand(x) < abstand(best) ? x : best), undefined);
  };
  const ziele: Record<string, () => SVGCircleElement | undefined> = {
    ArrowRight: () => meine[Math.min(i + 1, meine.length - 1)],
    ArrowLeft: () => meine[Math.max(i - 1, 0)],
    ArrowDown: () => nachbarReihe(1),
    ArrowUp: () => nachbarReihe(-1),
    Home: () => meine[0],
    End: () => meine.at(-1),
  };
  const ziel = ziele[e.key]?.();
  if (!ziel) return;
  e.preventDefault();
  waehle(gruppe, ziel);
}

/** The group itself (not a control inside it) as the event's target. */
const gruppeVon = (e: Event) => (e.target instanceof HTMLElement && e.target.matches(GRUPPE) ? e.target : null);

export function punktNavigation(dokument: Document): void {
  dokument.addEventListener('keydown', (e) => {
    const g = gruppeVon(e);
    if (g) taste(g, e);
  });
  dokument.addEventListener('focusin', (e) => {
    const g = gruppeVon(e);
    if (!g) return;
    const alle = punkte(g);
    if (!jetzt(g, alle)) waehle(g, alle.filter((x) => x.dataset.reihe === alle[0]?.dataset.reihe).at(-1));
  });
}
