/**
 * Texts that repeat: a million cells or download rows name the same few thousand areas, merkmale,
 * labels and sources. Work on a text (escaping, quoting, interning) is done once per distinct
 * text, and a packed form lists each text once and refers to it by its place.
 */

/** `f` computed once per distinct text; `gedaechtnis` may be shared between callers. */
export function jeText<R>(f: (s: string) => R, gedaechtnis = new Map<string, R>()): (s: string) => R {
  return (s) => {
    const bekannt = gedaechtnis.get(s);
    if (bekannt !== undefined || gedaechtnis.has(s)) return bekannt as R;
    const r = f(s);
    gedaechtnis.set(s, r);
    return r;
  };
}

/** The distinct texts in order of first appearance (`liste`), and each one's place in it. */
export function textTabelle(): { liste: string[]; index: (s: string) => number } {
  const liste: string[] = [];
  const index = jeText((s) => liste.push(s) - 1);
  return { liste, index };
}
