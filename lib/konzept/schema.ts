import { z } from 'zod';
import { sichererText, webAdresse } from '../text/zeichen';

const text = (max = 300) => sichererText().pipe(z.string().trim().min(1).max(max));
const id = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,40}$/, 'id: Kleinbuchstaben, Ziffern, - und _');
const jahr = z.number().int().min(1990).max(2100);
const zeitraum = z
  .object({ von: jahr, bis: jahr.optional() })
  .strict()
  .refine((z) => z.bis === undefined || z.bis >= z.von, 'zeitraum: bis liegt vor von');
const euro = z.number().int('Betrag in ganzen Euro').nonnegative();

/** Who pays for a measure. */
export const FINANZIERUNG = ['kommunal', 'land', 'bund', 'eu', 'sonstige'] as const;
export const STATUS = ['geplant', 'beschlossen', 'laufend', 'abgeschlossen'] as const;

const massnahme = z
  .object({
    /** Number in the concept ("1", "6.1"); unique within it. */
    nr: z.string().trim().min(1).max(12).optional(),
    titel: text(),
    beschreibung: text(1000).optional(),
    ziele: z.array(id).default([]),
    handlungsfelder: z.array(id).default([]),
    zielgruppen: z.array(text(120)).default([]),
    alter: z.object({ von: z.number().int().min(0).max(120), bis: z.number().int().min(0).max(120) }).strict().optional(),
    /** Planned annual amount of the decision (not spending). */
    kosten_eur_jahr: euro.optional(),
    /** Planned one-off amount, apart from the annual sum (a decision may show it in brackets). */
    kosten_eur_einmalig: euro.optional(),
    finanzierung: z.array(z.enum(FINANZIERUNG)).default([]),
    status: z.enum(STATUS).optional(),
    zeitraum: zeitraum.optional(),
    /** Figures of the atlas the measure addresses: "datensatz.merkmal". */
    indikatoren: z.array(z.string().regex(/^[a-z-]+\.[a-z0-9_]+$/, 'indikatoren: "datensatz.merkmal"')).default([]),
    anmerkung: text(500).optional(),
  })
  .strict();

const konzept = z
  .object({
    id,
    titel: text(),
    beschluss: z.object({ gremium: text(120).optional(), vorlage: text(40).optional(), datum: z.iso.date().optional() }).strict().optional(),
    zeitraum: zeitraum.optional(),
    /** Cap of municipal funds a year, as decided. */
    obergrenze_eur_jahr: euro.optional(),
    /** Annual volume as stated (approximate), where no measure list gives it. */
    volumen_eur_jahr_ca: euro.optional(),
    quellen: z.array(z.object({ titel: text(), url: webAdresse().optional() }).strict()).min(1, 'quellen: mindestens eine Quelle'),
    ziele: z.array(z.object({ id, titel: text() }).strict()).default([]),
    handlungsfelder: z.array(z.object({ id, titel: text(), ziele: z.array(id).default([]) }).strict()).default([]),
    /** Stated figures of the concept (number of measures, people reached …). */
    eckdaten: z.array(z.object({ label: text(120), wert: z.number().nonnegative(), ca: z.boolean().default(false) }).strict()).default([]),
    massnahmen: z.array(massnahme).default([]),
    /** Shown on the one-page handout (its measures and annual total in one line). */
    handout: z.boolean().default(false),
  })
  .strict();

/** `data/integrationskonzept.json`: the municipality's integration concepts, edited by the office. */
export const konzepteSchema = z.object({ konzepte: z.array(konzept).min(1, 'konzepte: mindestens ein Konzept') }).strict();
export type Konzepte = z.infer<typeof konzepteSchema>;
export type Konzept = Konzepte['konzepte'][number];
export type Massnahme = Konzept['massnahmen'][number];
