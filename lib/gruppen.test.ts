import { describe, expect, it } from 'vitest';
import { gruppenBezeichnung, gruppenSchema } from './gruppen';

describe('gruppen (kommune.json)', () => {
  it("accepts groups of a dataset's merkmale and titles them by their parts", () => {
    const g = gruppenSchema.parse({ fluechtlinge: [{ id: 'gruppe_a', label: 'Gruppe A', teile: ['anerkannt', 'geduldet'] }] });
    expect(gruppenBezeichnung(g.fluechtlinge![0]!, 'fluechtlinge')).toBe('Gruppe A (anerkannt + geduldet (vollziehbar ausreisepflichtig, Abschiebung ausgesetzt))');
    expect(gruppenBezeichnung({ ...g.fluechtlinge![0]!, bezeichnung: 'Eigener Titel' }, 'fluechtlinge')).toBe('Eigener Titel');
  });

  it('names unknown parts, taken ids and unknown datasets', () => {
    const fehler = (v: unknown) => gruppenSchema.safeParse(v).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
    expect(fehler({ fluechtlinge: [{ id: 'a', label: 'A', teile: ['anerkannt', 'erfunden'] }] })).toEqual([expect.stringMatching(/^fluechtlinge\.0\.teile: „erfunden“ ist kein Merkmal von fluechtlinge/)]);
    expect(fehler({ fluechtlinge: [{ id: 'insgesamt', label: 'A', teile: ['anerkannt', 'geduldet'] }] })).toEqual(['fluechtlinge.0.id: id „insgesamt“ ist schon vergeben']);
    expect(fehler({ unbekannt: [] })).toHaveLength(1);
  });
});
