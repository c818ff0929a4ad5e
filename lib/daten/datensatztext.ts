import type { DatensatzDatei } from '../published';

/** Rows of a dataset file per part of its text. */
const JE_TEIL = 10_000;

/**
 * The text of a published dataset file (`JSON.stringify(d)` and a line end) in parts of a few
 * thousand rows: the file of a large dataset (hundreds of thousands of rows) is never one string
 * in memory. The same text as a whole, as long as `werte` is the object's last key (as tabellen
 * builds it); otherwise the text whole, in one part.
 */
export function* datensatzText(d: DatensatzDatei, jeTeil = JE_TEIL): Generator<string> {
  if (Object.keys(d).at(-1) !== 'werte') {
    yield JSON.stringify(d) + '\n';
    return;
  }
  const { werte, ...kopf } = d;
  const vorne = JSON.stringify(kopf);
  yield `${vorne.slice(0, -1)}${vorne === '{}' ? '' : ','}"werte":[`;
  // A part is its rows as a JSON array without the brackets (JSON puts no space between elements).
  for (let i = 0; i < werte.length; i += jeTeil) yield (i ? ',' : '') + JSON.stringify(werte.slice(i, i + jeTeil)).slice(1, -1);
  yield ']}\n';
}
