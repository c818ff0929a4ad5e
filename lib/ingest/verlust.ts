import { DATASETS, type DatasetId } from '../datasets';
import { error, warning, type Problem } from '../problems';
import type { DatensatzDatei } from '../published';

/** What a run publishes now, per dataset: Stichtag → keys `gebiet|merkmal`. */
export type Bestand = Map<DatasetId, Map<string, Set<string>>>;

const BEISPIELE = 5;

/**
 * Nothing published vanishes unless the office says so: every dataset, Stichtag and value that
 * is published now must be published again. Each loss is an error naming the input it came
 * from (a warning when `entfernenErlaubt`), so a truncated or deleted snapshot never silently
 * takes its Stichtag's download addresses and figures with it.
 */
export function verluste(vorher: DatensatzDatei[], jetzt: Bestand, rawDir: string, entfernenErlaubt: boolean): Problem[] {
  const melde = entfernenErlaubt ? warning : error;
  const hinweis = entfernenErlaubt ? ' (entfernt, weil --entfernen gesetzt ist)' : ' – wenn das gewollt ist: npm run ingest -- --entfernen';
  const out: Problem[] = [];
  for (const alt of vorher) {
    const ds = alt.datensatz;
    if (!DATASETS[ds] || alt.werte.length === 0) continue;
    const neu = jetzt.get(ds);
    const ordner = `${rawDir}/${ds}`;
    if (!neu || neu.size === 0) {
      out.push(melde({ path: ordner }, `Datensatz ${ds} würde mit allen ${alt.stichtage.length} Stichtagen und ${alt.werte.length} Werten aus der Veröffentlichung verschwinden${hinweis}`));
      continue;
    }
    const altJe = new Map<string, string[]>();
    for (const [s, g, m] of alt.werte) {
      const k = `${g}|${m}`;
      if (!neu.get(s)?.has(k)) (altJe.get(s) ?? altJe.set(s, []).get(s))?.push(k);
    }
    for (const [s, fehlend] of altJe) {
      const datei = `${ordner}/${s}.csv`;
      if (!neu.has(s)) out.push(melde({ path: datei }, `Stichtag ${s} von ${ds} würde mit ${fehlend.length} Werten und seinen Download-Adressen verschwinden (Datei gelöscht, leer oder umbenannt?)${hinweis}`));
      else
        out.push(
          melde(
            { path: datei },
            `${fehlend.length} veröffentlichte Werte von ${ds}, Stichtag ${s}, fehlen jetzt (z. B. ${fehlend
              .slice(0, BEISPIELE)
              .map((k) => k.replace('|', ' / '))
              .join('; ')}) – Datei gekürzt?${hinweis}`,
          ),
        );
    }
  }
  return out;
}
