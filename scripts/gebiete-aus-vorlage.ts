/**
 * npm run build (after ohne-laufzeit) — the profiles of the areas Next did not build, from the
 * template Next built (lib/vorlage.ts): per language, the first area of the first level is the
 * template; the page of each further template (two per level) is derived from it as well and
 * must equal what Next built (apart from React's text separators), or the build stops (exit 1)
 * naming where they differ. Then every other area's page is written. Its drawings are set in as
 * zeichnungen-einsetzen sets them, from memory (zeichnungenImSpeicher).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { inSprache, type Sprache } from '../lib/i18n/sprache';
import { abweichung, ausVorlage, profilVorlagen, type Profil } from '../lib/vorlage';
import { zeichnungenEinsetzen, zeichnungenImSpeicher } from '../lib/zeichnungen';
import { OUT, sprachenImExport, zuEnde } from './io';

// As in Next's build: React's production build, drawings in boxes (components/charts/Vorgezeichnet.tsx).
Object.assign(process.env, { NODE_ENV: 'production' });

async function ausfuehren(): Promise<string> {
  // Loaded only now, after NODE_ENV: React chooses its build when first loaded.
  const { createElement } = await import('react');
  const { renderToString } = await import('react-dom/server');
  const { GebietProfil, gebietMetadata } = await import('../components/seiten/GebietProfil');
  const { gebieteMitProfil } = await import('../lib/data');
  const zeichnungen = zeichnungenImSpeicher();
  const lesen = (name: string) => zeichnungen.get(name);
  const gebiete = gebieteMitProfil();
  const vorlagen = profilVorlagen(gebiete);
  const gebauteIds = new Set(vorlagen.map((v) => v.id));
  const [erste] = vorlagen;
  if (!erste) return 'Profile aus Vorlage: keine Gebiete';
  let geschrieben = 0;
  for (const sprache of sprachenImExport()) {
    const datei = (id: string) => path.join(OUT, inSprache(`/gebiete/${id}/`, sprache), 'index.html');
    const profil = (id: string, s: Sprache): Profil => {
      const r = zeichnungenEinsetzen(renderToString(createElement(GebietProfil, { id, sprache: s })), lesen);
      // Set in: none needs keeping.
      zeichnungen.clear();
      if (r.fehlend.length) throw new Error(`${id}: Zeichnung ${r.fehlend.join(', ')} fehlt`);
      return { id, titel: String(gebietMetadata(id, s).title ?? ''), gerendert: r.html };
    };
    const ableiten = ausVorlage({ ...profil(erste.id, sprache), html: readFileSync(datei(erste.id), 'utf8') });
    for (const andere of vorlagen.slice(1)) {
      const anders = abweichung(ableiten, profil(andere.id, sprache), readFileSync(datei(andere.id), 'utf8'));
      if (anders) throw new Error(`${path.relative(process.cwd(), datei(andere.id))}: aus der Vorlage ${erste.id} abgeleitet anders als von Next gebaut (${anders})`);
    }
    for (const g of gebiete) {
      if (gebauteIds.has(g.id)) continue;
      mkdirSync(path.dirname(datei(g.id)), { recursive: true });
      writeFileSync(datei(g.id), ableiten(profil(g.id, sprache)));
      geschrieben++;
    }
  }
  return `Profile aus Vorlage: ${geschrieben} Seiten (${vorlagen.length} je Sprache von Next gebaut und nachgeprüft)`;
}

let zusammenfassung = '';
zuEnde(
  ausfuehren().then((z) => (zusammenfassung = z)),
  () => zusammenfassung,
);
