import { z } from 'zod';
import { DATASETS, DATASET_IDS, type DatasetId } from './datasets';
import { sichererText } from './text/zeichen';

/**
 * Groups a municipality forms from the merkmale of a dataset (kommune.json `gruppen`), e.g. its
 * integration management's "vorrangig Integration" = anerkannt + im Asylverfahren mit
 * Bleibeperspektive. Published as derived values (sums of their parts) and shown as stacks.
 * A local rule, so it lives in the data, never in the code.
 */
export const gruppeSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9_]{0,40}$/, 'id: Kleinbuchstaben, Ziffern und _'),
    label: sichererText().pipe(z.string().trim().min(1).max(80)),
    /** Full title in downloads; default: label (teil + teil). */
    bezeichnung: sichererText().pipe(z.string().trim().min(1).max(200)).optional(),
    teile: z.array(z.string()).min(2).max(20),
    /** The label on the English pages (absent: the German label). */
    en: z.object({ label: sichererText().pipe(z.string().trim().min(1).max(80)) }).strict().optional(),
  })
  .strict();
export type Gruppe = z.infer<typeof gruppeSchema>;
export type Gruppen = Partial<Record<DatasetId, Gruppe[]>>;

export const gruppenSchema = z
  .partialRecord(z.enum(DATASET_IDS), z.array(gruppeSchema).max(20))
  .superRefine((gs, ctx) => {
    for (const [ds, liste] of Object.entries(gs) as [DatasetId, Gruppe[]][]) {
      const merkmale = new Set(DATASETS[ds].merkmale.map((m) => m.id));
      const ids = new Set<string>();
      liste.forEach((g, i) => {
        if (merkmale.has(g.id) || ids.has(g.id)) ctx.addIssue({ code: 'custom', path: [ds, i, 'id'], message: `id „${g.id}“ ist schon vergeben` });
        ids.add(g.id);
        for (const t of g.teile) if (!merkmale.has(t)) ctx.addIssue({ code: 'custom', path: [ds, i, 'teile'], message: `„${t}“ ist kein Merkmal von ${ds} (möglich: ${[...merkmale].join(', ')})` });
      });
    }
  });

/** The title of a group's values in downloads. */
export function gruppenBezeichnung(g: Gruppe, ds: DatasetId): string {
  const label = (id: string) => DATASETS[ds].merkmale.find((m) => m.id === id)?.label ?? id;
  return g.bezeichnung ?? `${g.label} (${g.teile.map(label).join(' + ')})`;
}
