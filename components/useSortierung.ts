'use client';

import { useAnsicht } from '@/components/useAnsicht';
import { sortLesen, sortSchreiben, type Sortierung } from '@/lib/tabelle/sortieren';

/**
 * A table's order in the address (`?<id>.sort=<spalte>:<auf|ab>`, lib/tabelle/sortieren.ts):
 * the order read (unknown ones reported), and its setter.
 */
export function useSortierung(id: string, spalten: readonly string[]) {
  const ansicht = useAnsicht(id);
  const { sort, falsch } = sortLesen(ansicht.lesen('sort'), spalten);
  return { sort, falsch, setSort: (s: Sortierung | null) => ansicht.setzen({ sort: sortSchreiben(s) }, {}) };
}
