/**
 * Provenance of values, decided in one place: a value is illustrative as soon as any input it
 * was computed from is; official values computed from several sources name all of them. Every
 * derived figure (sum, share, rate, difference, rank, reference line, class bound, sentence,
 * key figure) takes its mark from `verbinde` — never from a component's own rule.
 */

/** Sources of a value and whether any input is illustrative (Beispieldaten). */
export interface Herkunft {
  quellen: string[];
  illustrativ: boolean;
}

/** Answers whether a source id is illustrative; built once per set of sources. */
export type IstIllustrativ = (quelle: string) => boolean;

/** From the sources' kinds (`art` of quellen.csv). */
export function illustrativPruefer(quellen: readonly { id: string; art: string }[]): IstIllustrativ {
  const ill = new Set<string>();
  for (const q of quellen) if (q.art === 'illustrativ') ill.add(q.id);
  return (id) => ill.has(id);
}

/** The provenance of one stated value. */
export const herkunftVon = (quelle: string, istIll: IstIllustrativ): Herkunft => ({ quellen: quelle ? [quelle] : [], illustrativ: quelle ? istIll(quelle) : false });

/** The provenance of a value computed from the given inputs: all sources, illustrative if any is. */
export function verbinde(teile: Iterable<Herkunft>): Herkunft {
  const quellen: string[] = [];
  let illustrativ = false;
  for (const t of teile) {
    if (t.illustrativ) illustrativ = true;
    for (const q of t.quellen) if (!quellen.includes(q)) quellen.push(q);
  }
  return { quellen, illustrativ };
}

/** The provenance of a value computed from stated values with these sources. */
export function herkunftAus(quellen: Iterable<string>, istIll: IstIllustrativ): Herkunft {
  const teile: Herkunft[] = [];
  for (const q of quellen) teile.push(herkunftVon(q, istIll));
  return verbinde(teile);
}

/**
 * The one source a single-source field names (a published cell, a chart point): the first
 * illustrative one, so that the mark the field's readers derive from it is the combined one.
 */
export function hauptquelle(h: Herkunft, istIll: IstIllustrativ): string {
  return (h.illustrativ ? h.quellen.find(istIll) : undefined) ?? h.quellen[0] ?? '';
}

export type Kennzeichnung = 'amtlich' | 'Beispieldaten';

/** The word of the `kennzeichnung` column of every download and table. */
export const kennzeichnung = (h: Pick<Herkunft, 'illustrativ'>): Kennzeichnung => (h.illustrativ ? 'Beispieldaten' : 'amtlich');
