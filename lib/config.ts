import { z } from 'zod';
import { rechtlichesSchema } from './rechtliches';
import { gruppenSchema } from './gruppen';
import { BEGRIFFE } from './begriffe';
import { ebeneSchema } from './ebenen';
import { sichererText, webAdresse } from './text/zeichen';

const text = (max = 200) => sichererText().pipe(z.string().trim().min(1).max(max));
const ebene = ebeneSchema.extend({ singular: text(60), plural: text(60), en: z.object({ singular: text(60), plural: text(60) }).optional() });

/** Schema of `data/kommune.json`: everything municipality-specific lives here. */
export const kommuneSchema = z.object({
  ags: z.string().regex(/^\d{5}(\d{3})?$/, 'AGS: 5 oder 8 Ziffern'),
  name: text(100),
  bezeichnung: text(200),
  /** 1 to 3 nested area levels, coarsest first (e.g. Stadtbezirk → Stadtteil → statistischer Bezirk). */
  ebenen: z
    .array(ebene)
    .min(1, 'ebenen: mindestens eine Gebietsebene')
    .max(3, 'ebenen: höchstens drei Gebietsebenen')
    .refine((es) => new Set(es.map((e) => e.id)).size === es.length, 'ebenen: jede id nur einmal'),
  geheimhaltung: z.object({ schwellenwert: z.number().int().min(1) }),
  herausgeber: z
    .object({ name: text(200), url: webAdresse().optional(), email: z.email().optional() })
    .refine((h) => h.url || h.email, 'herausgeber: url oder email angeben (Kontakt im DCAT-AP.de-Katalog, Konvention K01)'),
  lizenz: z.object({
    id: z.string().min(1),
    name: text(200),
    url: webAdresse(),
    namensnennung: text(500),
  }),
  gebiete: z.object({
    register: z.string().min(1),
    geometrie: z.string().min(1),
    stadtgrenze: z.string().min(1),
    quelle: z.string().min(1),
  }),
  /** Where the site is deployed: absolute addresses in the DCAT catalogue (harvesters need them). */
  veroeffentlichung: z.object({
    basisUrl: webAdresse().refine((u) => u.endsWith('/'), 'basisUrl endet mit /'),
    /** Who delivers the catalogue to GovData (DCAT-AP.de Konvention 12), e.g. open.nrw. */
    /** First publication of the atlas (dct:issued of the catalogue and its datasets). */
    veroeffentlicht: z.iso.date(),
    govdataLieferant: z.string().startsWith('http://dcat-ap.de/def/contributors/', 'eine IRI aus http://dcat-ap.de/def/contributors/'),
  }),
  /** How the municipality counts where the general definition leaves it open (added to /methodik/ and topic pages). */
  begriffe: z
    .partialRecord(z.enum(BEGRIFFE.map((b) => b.id) as [string, ...string[]]), text(1000))
    .default({}),
  /** Impressum, Datenschutzerklärung and Erklärung zur Barrierefreiheit of the site. */
  rechtliches: rechtlichesSchema,
  /** Groups the municipality forms from a dataset's merkmale (published as sums, shown as stacks). */
  gruppen: gruppenSchema.default({}),
  /** Municipalities the peer comparison lists (AGS as in the IT.NRW exports), in this order. */
  vergleich: z.object({ regionen: z.array(z.string().regex(/^\d{2,5}$/, 'AGS: 2 bis 5 Ziffern')).max(60) }).default({ regionen: [] }),
  karte: z
    .object({ kachelUrl: z.string().regex(/^https:\/\/[^\s"'<>]+$/, 'kachelUrl: eine https-Adresse mit {z}/{x}/{y}'), namensnennung: text(300) })
    .nullable()
    .default(null),
});

export type Kommune = z.infer<typeof kommuneSchema>;
