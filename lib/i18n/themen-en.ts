import type { DatasetId } from '../datasets';
import { THEMEN, type ThemaDef } from '../themen/config';
import type { Sprache } from './sprache';

interface ThemaText {
  titel: string;
  einleitung: string;
  zeitreihe: { titel: string; beschreibung: string; reihen?: Record<string, string> };
  vergleichTitel: string;
}

/** The topics' texts in English (German in lib/themen/config.ts); every topic must be here. */
const THEMEN_EN: Record<DatasetId, ThemaText> = {
  bevoelkerung: {
    titel: 'Population',
    einleitung: 'How many people live in the city and in its areas, and how densely.',
    zeitreihe: { titel: 'Inhabitants', beschreibung: "The city's population at each reference date." },
    vergleichTitel: 'Inhabitants by area',
  },
  migrationshintergrund: {
    titel: 'Migration background',
    einleitung: 'How many people have a migration background (Migrationshintergrund), in the city and in its areas.',
    zeitreihe: {
      titel: 'Share with a migration background',
      beschreibung: 'People with a migration background per 100 inhabitants of the city.',
      reihen: { mit_mh: 'Share with a migration background' },
    },
    vergleichTitel: 'Migration background by area',
  },
  staatsangehoerigkeiten: {
    titel: 'Nationalities',
    einleitung: 'Foreign nationals by nationality, in the city and in its areas.',
    zeitreihe: { titel: 'Foreign nationals', beschreibung: 'Number of foreign nationals in the city at each reference date.' },
    vergleichTitel: 'Foreign nationals by area',
  },
  fluechtlinge: {
    titel: 'Refugees',
    einleitung: 'Refugees in the city by residence status, as the municipality counts them.',
    zeitreihe: { titel: 'Refugees, total', beschreibung: 'Number of refugees in the city at each reference date.', reihen: { insgesamt: 'Refugees' } },
    vergleichTitel: 'Refugees by area',
  },
  'zuwanderung-suedosteuropa': {
    titel: 'Immigration from South-East Europe',
    einleitung: 'Bulgarian and Romanian nationals. Bulgaria and Romania have been members of the EU since 1 January 2007.',
    zeitreihe: {
      titel: 'Bulgarian and Romanian nationals',
      beschreibung: 'Number of Bulgarian and of Romanian nationals in the city.',
      reihen: { bulgarien: 'Bulgaria', rumaenien: 'Romania' },
    },
    vergleichTitel: 'Bulgarian and Romanian nationals by area',
  },
};

/** The measures of the area comparisons in English, by their id. */
const MASSE_EN: Record<string, string> = { anzahl: 'Number', anteil: 'Share of inhabitants (%)', je1000: 'per 1,000 inhabitants', dichte: 'per km² (population density)' };

/** A topic with its texts in the given language; German is the definition itself. */
export function themaIn(t: ThemaDef, s: Sprache): ThemaDef {
  if (s === 'de') return t;
  const e = THEMEN_EN[t.id];
  return {
    ...t,
    titel: e.titel,
    einleitung: e.einleitung,
    zeitreihe: {
      ...t.zeitreihe,
      titel: e.zeitreihe.titel,
      beschreibung: e.zeitreihe.beschreibung,
      reihen: t.zeitreihe.reihen.map((r) => ({ ...r, ...(r.label ? { label: e.zeitreihe.reihen?.[r.merkmal] ?? r.label } : {}) })),
    },
    vergleich: { ...t.vergleich, titel: e.vergleichTitel, masse: t.vergleich.masse.map((m) => ({ ...m, label: MASSE_EN[m.id] ?? m.label })) },
  };
}

/** Title and introduction of every topic in a language (the dictionaries' `thema`). */
export const themenTexte = (s: Sprache) => Object.fromEntries(THEMEN.map((t) => [t.id, { titel: themaIn(t, s).titel, einleitung: themaIn(t, s).einleitung }])) as Record<DatasetId, { titel: string; einleitung: string }>;
