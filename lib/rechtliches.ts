import { z } from 'zod';
import type { Sprache } from './i18n/sprache';
import { warning, type Problem } from './problems';
import { sichererText, webAdresse } from './text/zeichen';

const text = (max = 300) => sichererText().pipe(z.string().trim().min(1).max(max));
const stelle = z.object({ name: text(), url: webAdresse().optional(), email: z.email().optional() }).strict();

/**
 * What a German public website must say about itself – Impressum (§ 5 DDG, § 18 MStV),
 * Datenschutzerklärung (Art. 13 DSGVO) and the Erklärung zur Barrierefreiheit (§ 10b BGG NRW with
 * its feedback mechanism and the enforcement procedure) – as data of the municipality
 * (kommune.json `rechtliches`). Nothing is invented: what the office has not entered is shown as
 * missing and reported by the ingest.
 */
export const rechtlichesSchema = z
  .object({
    impressum: z
      .object({
        anbieter: text(),
        vertreten: text().optional(),
        anschrift: z.array(text(120)).max(6).default([]),
        email: z.email().optional(),
        telefon: text(40).optional(),
        /** Responsible for the content (§ 18 Abs. 2 MStV). */
        verantwortlich: text().optional(),
        /** The municipality's full Impressum, if it has one. */
        url: webAdresse().optional(),
      })
      .strict(),
    datenschutz: z
      .object({
        beauftragter: stelle.optional(),
        aufsicht: stelle,
        /** Who hosts the site and keeps server logs, and for how long. */
        hosting: text(600).optional(),
      })
      .strict(),
    barrierefreiheit: z
      .object({
        /** Date of the statement (its last review). */
        stand: z.iso.date(),
        methode: text(300).default('Selbstbewertung: automatische Prüfungen (axe-core, WCAG 2.1 A und AA) und manuelle Prüfungen mit Tastatur, Bildschirmleser, Zoom, Kontrastmodus und Druck'),
        /** Where barriers are reported (the feedback mechanism): e-mail and/or a form. */
        kontakt: z.object({ email: z.email().optional(), url: webAdresse().optional(), telefon: text(40).optional() }).strict().default({}),
        /** Parts the municipality knows are not (yet) accessible, besides the software's own. */
        maengel: z.array(text(500)).max(30).default([]),
        schlichtung: stelle,
      })
      .strict(),
  })
  .strict();
export type Rechtliches = z.infer<typeof rechtlichesSchema>;

/** Limits of the software itself, true for every municipality's atlas (Erklärung zur Barrierefreiheit), per language. */
export const GRENZEN_DER_SOFTWARE: Record<Sprache, readonly string[]> = {
  de: [
    'Die Karte ist eine Grafik: Gebiete sind per Tastatur erreichbar und werden angesagt, die vollständigen Werte stehen aber in der Tabelle neben der Karte.',
    'Leichte Sprache gibt es bisher für die wichtigsten Zahlen; die englische Fassung ist noch nicht vollständig.',
    'Heruntergeladene Bilder der Diagramme (SVG, PNG) haben keinen Alternativtext; dieselben Zahlen stehen in der Tabelle und im CSV-Download.',
  ],
  en: [
    'The map is a graphic: its areas can be reached and are announced by keyboard, but the complete values are in the table beside the map.',
    'There are no pages in easy German (beyond the key figures) and the English version is not complete yet.',
    'Downloaded chart images (SVG, PNG) have no alternative text; the same figures are in the table and the CSV download.',
  ],
};

/** Entries an office must make before the site goes on the internet; reported as warnings. */
export function rechtlichesFehlt(r: Rechtliches, pfad: string): Problem[] {
  const fehlt: string[] = [];
  if (!r.impressum.anschrift.length) fehlt.push('rechtliches.impressum.anschrift (ladungsfähige Anschrift)');
  if (!r.impressum.email) fehlt.push('rechtliches.impressum.email');
  if (!r.barrierefreiheit.kontakt.email && !r.barrierefreiheit.kontakt.url) fehlt.push('rechtliches.barrierefreiheit.kontakt (E-Mail oder Formular für Barriere-Meldungen)');
  return fehlt.map((f) => warning({ path: pfad }, `${f} fehlt – vor dem Betrieb im Internet eintragen; die Seite nennt die Angabe bis dahin als fehlend`));
}
