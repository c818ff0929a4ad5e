/** Client-safe: the areas as select options, the city first, each area followed by the areas within it, indented per level. */
export function gebietOptionen(gebiete: readonly { id: string; name: string; parent: string | null }[]): { wert: string; label: string }[] {
  const kinder = new Map<string | null, { id: string; name: string }[]>();
  for (const g of gebiete) kinder.set(g.parent, [...(kinder.get(g.parent) ?? []), g]);
  const out: { wert: string; label: string }[] = [];
  // Depth first in register order, with an explicit stack (no recursion).
  const stapel = [...(kinder.get(null) ?? [])].reverse().map((g) => ({ g, tiefe: 0 }));
  for (let e = stapel.pop(); e; e = stapel.pop()) {
    out.push({ wert: e.g.id, label: `${'\u00a0\u00a0'.repeat(e.tiefe)}${e.g.name}` });
    const unter = kinder.get(e.g.id) ?? [];
    for (let i = unter.length - 1; i >= 0; i--) stapel.push({ g: unter[i] as { id: string; name: string }, tiefe: e.tiefe + 1 });
  }
  return out;
}
