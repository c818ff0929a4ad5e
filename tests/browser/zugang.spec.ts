import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { absicht } from './helpers';

/** One page of every kind, with all tables and details opened. */
const SEITEN = [
  '/',
  '/themen/fluechtlinge/',
  '/themen/staatsangehoerigkeiten/',
  '/gebiete/SR2/',
  '/gebiete/WB21/',
  '/karte/',
  '/methodik/',
  '/daten/',
  '/daten/neu/',
  '/handout/',
  '/vergleich/',
  '/konzept/ik-2016/',
  '/en/konzept/ik-2018/',
  '/impressum/',
  '/datenschutz/',
  '/barrierefreiheit/',
  '/leichte-sprache/',
  '/en/',
  '/en/methodik/',
  '/en/barrierefreiheit/',
  '/en/datenschutz/',
  '/en/themen/staatsangehoerigkeiten/',
  '/en/gebiete/SR2/',
  '/en/karte/',
  '/en/daten/',
  '/en/vergleich/',
  '/en/handout/',
  '/einbetten/bevoelkerung/zeitreihe/',
  '/en/einbetten/gebiete/trend-anteil_mh/?gebiet=WB21',
  '/praesentation/',
  '/gibt-es-nicht/',
];

for (const farbschema of ['light', 'dark'] as const)
  for (const breite of [1280, 320])
    test(`axe (WCAG 2.1 A/AA): jede Seitenart, ${farbschema === 'dark' ? 'dunkel' : 'hell'}, ${breite} px, Tabellen offen – keine Verstöße`, async ({ browser, baseURL }) => {
      // 27 pages, each with all tables open and a full axe run: minutes on a busy 2-core machine.
      test.setTimeout(300_000);
      const context = await browser.newContext({ colorScheme: farbschema, viewport: { width: breite, height: 900 }, baseURL });
      const page = await context.newPage();
      const verstoesse: string[] = [];
      for (const seite of SEITEN) {
        await page.goto(seite);
        await page.evaluate(() => document.querySelectorAll('details').forEach((d) => ((d as HTMLDetailsElement).open = true)));
        // The map is checked as it loads (its static view) and once the interactive map has replaced it.
        for (const ansicht of seite.endsWith('/karte/') ? ['statisch', 'leaflet'] : ['']) {
          if (ansicht === 'leaflet') await absicht(page);
          const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
          expect(r.passes.length, seite).toBeGreaterThan(10);
          for (const v of r.violations) verstoesse.push(`${seite} ${ansicht}: ${v.id} (${v.impact}) ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
        }
        // Reflow: nothing wider than the screen (tables scroll inside their named box).
        expect(await page.evaluate(() => document.documentElement.scrollWidth), seite).toBeLessThanOrEqual(breite);
      }
      expect(verstoesse).toEqual([]);
      await context.close();
    });
