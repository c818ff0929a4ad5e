import { describe, expect, it } from 'vitest';
import { gliederung } from './gliederung';
import { konzepteSchema } from './schema';

const konzept = (o: object) => konzepteSchema.parse({ konzepte: [{ id: 'k', titel: 'K', quellen: [{ titel: 'Q' }], ...o }] }).konzepte[0]!;
const namen = (k: ReturnType<typeof konzept>) => gliederung(k).map((a) => [a.ziel?.id ?? '–', a.felder.map((f) => [f.feld?.id ?? '–', f.massnahmen.map((m) => m.titel)])]);

describe('goals → fields of action → measures', () => {
  it('puts each measure under its fields (below their goals) and under goals it names directly; the rest last; empty ones left out', () => {
    const k = konzept({
      ziele: [
        { id: 'z1', titel: 'Z1' },
        { id: 'z2', titel: 'Z2' },
        { id: 'z3', titel: 'leer' },
      ],
      handlungsfelder: [
        { id: 'f1', titel: 'F1', ziele: ['z1'] },
        { id: 'f2', titel: 'F2', ziele: ['z1', 'z2'] },
        { id: 'f3', titel: 'F3 ohne Ziel' },
      ],
      massnahmen: [
        { titel: 'A', handlungsfelder: ['f1'] },
        { titel: 'B', handlungsfelder: ['f2'] },
        { titel: 'C', ziele: ['z2'] },
        { titel: 'D', ziele: ['z1'], handlungsfelder: ['f1'] },
        { titel: 'E', handlungsfelder: ['f3'] },
        { titel: 'F' },
      ],
    });
    expect(namen(k)).toEqual([
      ['z1', [['f1', ['A', 'D']], ['f2', ['B']]]],
      ['z2', [['f2', ['B']], ['–', ['C']]]],
      ['–', [['f3', ['E']], ['–', ['F']]]],
    ]);
  });

  it('a concept without goals or fields: one list of all measures', () => {
    expect(namen(konzept({ massnahmen: [{ titel: 'A' }, { titel: 'B' }] }))).toEqual([['–', [['–', ['A', 'B']]]]]);
  });
});
