/** Items grouped by a key, in the order the keys first appear. */
export function gruppieren<T>(items: Iterable<T>, key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const t of items) {
    const k = key(t);
    const liste = m.get(k);
    if (liste) liste.push(t);
    else m.set(k, [t]);
  }
  return m;
}
