/** Build-time: the search index of one language, from the published data (lib/suche/suche.ts searches it). */
import { loadDatensatz, loadGebiete, loadKommune, loadKonzepte } from '../data';
import { ebeneName, ebeneVon } from '../ebenen';
import { fmtAnzahl, fmtDatum } from '../format';
import { indikatorIn } from '../i18n/indikatoren-en';
import { merkmalEn } from '../i18n/merkmale-en';
import { inSprache, type Sprache } from '../i18n/sprache';
import { NUR_DEUTSCH } from '../i18n/seiten';
import { woerter } from '../i18n/woerter';
import { diagramm } from '../i18n/diagramm';
import { LAND } from '../themen/punkte';
import { kartenIndikatorenMitDaten, themenMitDaten } from '../themen/seite';
import type { Eintrag } from './suche';

export function suchIndex(s: Sprache): Eintrag[] {
  const kommune = loadKommune();
  const w = woerter(s);
  const pfad = (p: string) => (NUR_DEUTSCH.includes(p) ? p : inSprache(p, s));
  const out: Eintrag[] = [];
  const seite = (p: string, t: string, z?: string) => out.push({ t, u: pfad(p), a: 'seite', ...(z ? { z } : {}) });

  seite('/', w.start.titel(kommune.name));
  seite('/karte/', w.rahmen.karte);
  seite('/gebiete/', w.rahmen.gebiete);
  seite('/gebiete/vergleich/', diagramm(s).gebieteVergleich.titel);
  seite('/daten/', w.daten.titel);
  seite('/daten/neu/', w.rahmen.neu);
  seite('/methodik/', w.nichtGefunden.methodik);
  seite('/handout/', w.rahmen.handout);
  seite('/praesentation/', w.rahmen.praesentation);
  seite('/leichte-sprache/', w.rahmen.leichteSprache);
  seite('/impressum/', w.rahmen.impressum);
  seite('/datenschutz/', w.rahmen.datenschutz);
  seite('/barrierefreiheit/', w.rahmen.barrierefreiheit);

  const themen = themenMitDaten();
  for (const t of themen) out.push({ t: w.thema[t.id].titel, u: pfad(`/themen/${t.id}/`), a: 'thema', z: w.thema[t.id].einleitung });
  for (const t of themen) out.push({ t: w.thema[t.id].titel, u: pfad(`/daten/#${t.id}`), a: 'datensatz', z: w.daten.titel });

  for (const i of kartenIndikatorenMitDaten().map((x) => indikatorIn(x, s))) out.push({ t: i.label, u: pfad(`/karte/?indikator=${i.id}`), a: 'kennzahl', z: w.rahmen.karte, w: i.kurz });

  const gebiete = loadGebiete();
  const namen = new Map(gebiete.map((g) => [g.id, g.name]));
  for (const g of gebiete) {
    if (g.ebene === 'stadt') continue;
    const e = ebeneVon(kommune.ebenen, g.ebene);
    const parent = g.parent && g.parent !== kommune.ags ? namen.get(g.parent) : undefined;
    out.push({ t: g.name, u: pfad(`/gebiete/${g.id}/`), a: 'gebiet', z: [e ? ebeneName(e, 'singular', s) : g.ebene, parent].filter(Boolean).join(' in '), w: g.id });
  }

  // Nationalities: the latest official count in the city beside each name.
  const staat = loadDatensatz('staatsangehoerigkeiten');
  const stand = new Map<string, { stichtag: string; wert: number }>();
  for (const [stichtag, gebiet, merkmal, wert] of staat.werte)
    if (gebiet === kommune.ags && LAND.test(merkmal) && wert !== null && stichtag >= (stand.get(merkmal)?.stichtag ?? '')) stand.set(merkmal, { stichtag, wert });
  for (const m of staat.merkmale) {
    const z = stand.get(m.id);
    if (!z || !LAND.test(m.id)) continue;
    const en = merkmalEn(m.id, m.label);
    out.push({ t: s === 'de' ? m.label : (en ?? m.label), u: pfad('/themen/staatsangehoerigkeiten/#zusammensetzung'), a: 'staat', z: `${fmtAnzahl(z.wert, s)} ${s === 'de' ? 'am' : 'on'} ${fmtDatum(z.stichtag, s)}`, w: s === 'de' ? en : m.label });
  }

  for (const k of loadKonzepte()) {
    out.push({ t: k.titel, u: pfad(`/konzept/${k.id}/`), a: 'seite', z: w.konzept.titel });
    for (const m of k.massnahmen) out.push({ t: m.nr ? `${m.nr}. ${m.titel}` : m.titel, u: pfad(`/konzept/${k.id}/`), a: 'massnahme', z: k.titel, ...(m.beschreibung ? { w: m.beschreibung } : {}) });
  }
  return out;
}
