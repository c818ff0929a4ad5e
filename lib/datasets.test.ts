import { describe, expect, it } from 'vitest';
import { DATASET_IDS, DATASETS, isAdditive, merkmalDef, passtZu } from './datasets';

describe('dataset registry look-ups', () => {
  it('finds each merkmal by id as the definitions list it, and none that is not defined', () => {
    for (const ds of DATASET_IDS)
      for (const m of DATASETS[ds].merkmale) {
        expect(merkmalDef(ds, m.id)).toBe(m);
        expect(isAdditive(ds, m.id)).toBe(m.art === 'anzahl' && !('additiv' in m && m.additiv === false));
      }
    expect(merkmalDef('staatsangehoerigkeiten', '475')).toBeUndefined();
    expect(isAdditive('staatsangehoerigkeiten', '475')).toBe(true);
    expect(merkmalDef('bevoelkerung', '__proto__')).toBeUndefined();
  });

  it('tells the parts of a rule by pattern as the pattern does, asked again and again', () => {
    for (const ds of DATASET_IDS)
      for (const rule of DATASETS[ds].rules) {
        if (!(rule.parts instanceof RegExp)) continue;
        const passt = passtZu(rule.parts);
        expect(passtZu(rule.parts)).toBe(passt);
        for (const m of ['1', '100', '475', '9', '999', '0', '1000', 'auslaender_insgesamt', '', '12a'])
          for (let i = 0; i < 2; i++) expect(passt(m)).toBe(new RegExp(rule.parts.source, rule.parts.flags).test(m));
      }
  });
});
