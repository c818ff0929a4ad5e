import { z } from 'zod';
import { DATASET_IDS } from '../datasets';
import { sichererText } from '../text/zeichen';

const datum = z.iso.date({ error: 'Stichtag als JJJJ-MM-TT' });
/** A level id of kommune.json `ebenen` (checked against it with the data). */
const ebene = z.string({ error: 'ebene: die id einer Gebietsebene aus kommune.json' }).min(1);
const datensatz = z.enum(DATASET_IDS, { error: `datensatz: einer von ${DATASET_IDS.join(', ')}` });
const text = () => sichererText().pipe(z.string().min(1).max(200));
const titel = text().optional();
/** The slide's own words on the English pages (absent: the German ones, marked as German). */
const en = z.object({ titel: text().optional(), untertitel: text().optional() }).strict().optional();

/** One slide: which view, which indicator, which Stichtag (default: the latest), which areas. */
export const folieSchema = z.discriminatedUnion(
  'art',
  [
    z.object({ art: z.literal('titel'), titel: text(), untertitel: text().optional(), en }).strict(),
    z.object({ art: z.literal('kennzahlen'), titel, kennzahlen: z.array(z.string()).min(1).optional(), en }).strict(),
    z.object({ art: z.literal('karte'), titel, indikator: z.string(), ebene, stichtag: datum.optional(), gebiete: z.array(z.string()).min(1).optional(), en }).strict(),
    z.object({ art: z.literal('zeitreihe'), titel, datensatz, en }).strict(),
    z.object({ art: z.literal('vergleich'), titel, datensatz, ebene, mass: z.string().optional(), stichtag: datum.optional(), gebiete: z.array(z.string()).min(1).optional(), en }).strict(),
    z.object({ art: z.literal('zusammensetzung'), titel, datensatz, gebiet: z.string().optional(), stichtag: datum.optional(), en }).strict(),
    /** Measures and costs of an integration concept (id from integrationskonzept.json; default: the last one with annual amounts). */
    z.object({ art: z.literal('massnahmen'), titel, konzept: z.string().optional(), en }).strict(),
  ],
  { error: 'art: titel, kennzahlen, karte, zeitreihe, vergleich, zusammensetzung oder massnahmen' },
);
export type Folie = z.infer<typeof folieSchema>;

/** `data/praesentation.json`: the saved views of presentation mode, edited by the office. */
export const praesentationSchema = z.object({ titel: text(), en: z.object({ titel: text() }).strict().optional(), folien: z.array(folieSchema).min(1, 'mindestens eine Folie') }).strict();
export type Praesentation = z.infer<typeof praesentationSchema>;
