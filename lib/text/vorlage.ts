/**
 * Texts of the dictionaries that the browser completes without the framework (the frame script):
 * a template with named gaps, `{name}`, filled in. Pure, client-safe.
 */

/** The template with each `{name}` replaced by its value; gaps without a value stay as written. */
export function einsetzen(vorlage: string, werte: Readonly<Record<string, string>>): string {
  return vorlage.replace(/\{(\w+)\}/g, (ganz, name: string) => (Object.hasOwn(werte, name) ? (werte[name] ?? ganz) : ganz));
}

/** A value from outside (the address) shortened for a sentence: at most `max` characters, an ellipsis marks the cut. */
export const kuerzen = (s: string, max = 40): string => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
