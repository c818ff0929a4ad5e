import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Drawings set into the HTML after `next build` (scripts/zeichnungen-einsetzen.ts): a page renders
 * an empty box that names its drawing, and the drawing's markup waits in this folder until the
 * step puts it into the box. The drawing is then in the HTML once, instead of once more in the
 * page's payload, and nothing about it is hydrated: React leaves what an element with
 * `dangerouslySetInnerHTML` holds as the server wrote it. One folder per export folder.
 */
export const zeichnungsOrdner = (out = process.env.INTEGRATIONSATLAS_OUT || 'out', root = process.cwd()) => path.join(root, '.zeichnungen', path.basename(out));

/** The name of a drawing: its content's hash, so that every process of the build may write it. */
export const zeichnungsName = (markup: string) => createHash('sha256').update(markup, 'utf8').digest('hex').slice(0, 20);

/** Drawings kept in this process instead of the folder (zeichnungenImSpeicher), or null. */
let speicher: Map<string, string> | null = null;

/**
 * From now on this process keeps its drawings in the returned map (name → markup) instead of the
 * folder: for a build step that renders pages itself and sets their drawings in at once
 * (scripts/gebiete-aus-vorlage.ts).
 */
export function zeichnungenImSpeicher(): Map<string, string> {
  speicher ??= new Map();
  return speicher;
}

/** Keeps a drawing for the step that sets it in; returns its name. */
export function zeichnungAblegen(markup: string, ordner = zeichnungsOrdner()): string {
  const name = zeichnungsName(markup);
  if (speicher) {
    speicher.set(name, markup);
    return name;
  }
  const ziel = path.join(ordner, `${name}.svg`);
  if (!existsSync(ziel)) {
    mkdirSync(ordner, { recursive: true });
    // Written whole, then renamed: a parallel worker never reads half a drawing.
    const tmp = `${ziel}.${process.pid}.tmp`;
    writeFileSync(tmp, markup);
    renameSync(tmp, ziel);
  }
  return name;
}

/** The empty box as React writes it: `<div …attributes… data-zeichnung="name"></div>`. */
const KASTEN = /<div((?: [\w-]+="[^"]*")*) data-zeichnung="([0-9a-f]{20})"><\/div>/g;

/**
 * Sets every named drawing into its box. `lesen` gives a drawing's markup, or undefined when it
 * is missing; missing names are returned (the build must stop: a chart would be empty).
 */
export function zeichnungenEinsetzen(html: string, lesen: (name: string) => string | undefined): { html: string; fehlend: string[]; gesetzt: number } {
  const fehlend: string[] = [];
  let gesetzt = 0;
  const neu = html.replace(KASTEN, (ganz, attribute: string, name: string) => {
    const markup = lesen(name);
    if (markup === undefined) {
      fehlend.push(name);
      return ganz;
    }
    gesetzt += 1;
    return `<div${attribute} data-zeichnung="${name}">${markup}</div>`;
  });
  return { html: neu, fehlend, gesetzt };
}
