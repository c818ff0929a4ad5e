import type { merkmale as bevoelkerung } from '../schemas/bevoelkerung';
import type { merkmale as fluechtlinge } from '../schemas/fluechtlinge';
import type { merkmale as migrationshintergrund } from '../schemas/migrationshintergrund';
import type { merkmale as staatsangehoerigkeiten } from '../schemas/staatsangehoerigkeiten';
import type { merkmale as suedosteuropa } from '../schemas/zuwanderung-suedosteuropa';
import { fmtDatum } from '../format';

type Id<T extends readonly { id: string }[]> = T[number]['id'];
type FesteMerkmale = Id<typeof bevoelkerung> | Id<typeof fluechtlinge> | Id<typeof migrationshintergrund> | Id<typeof staatsangehoerigkeiten> | Id<typeof suedosteuropa>;

/**
 * English labels of the datasets' fixed merkmale (the German labels stand in the schemas). Every
 * merkmal a schema defines must be here: a missing one fails the type check.
 */
const FEST: Record<FesteMerkmale, string> = {
  einwohner: 'Inhabitants',
  maennlich: 'male',
  weiblich: 'female',
  flaeche_km2: 'Area (km²)',
  alter_unter_6: 'under 6 years',
  alter_6_bis_14: '6 to 14 years',
  alter_15_bis_17: '15 to 17 years',
  alter_18_bis_64: '18 to 64 years',
  alter_65_und_mehr: '65 years and over',
  mit_mh: 'People with a migration background (Migrationshintergrund)',
  anteil_mh_angegeben: 'Share with a migration background as stated by the source (%)',
  anteil_mh_unter_15: 'Share with a migration background among under-15s (%)',
  herkunft_tuerkei: 'People of Turkish origin',
  spaetaussiedler: 'Ethnic German resettlers (Spätaussiedler) from Poland and the former Soviet Union',
  auslaender_insgesamt: 'Foreign nationals, total',
  eu_staaten: 'Nationals of EU member states',
  nationen_anzahl: 'Number of nationalities',
  insgesamt: "Refugees, total (the municipality's count)",
  anerkannt: 'recognised (anerkannt)',
  asyl_mit_bleibeperspektive: 'in the asylum procedure, good prospects to stay',
  asyl_ohne_bleibeperspektive: 'in the asylum procedure, no good prospects to stay',
  geduldet: 'tolerated (geduldet; obliged to leave, deportation suspended)',
  schutzsuchende: 'Persons seeking protection (Schutzsuchende, Destatis 12531)',
  bulgarien: 'Bulgarian nationals',
  rumaenien: 'Romanian nationals',
  eu2_insgesamt: 'Bulgarian and Romanian nationals (EU-2)',
};

/** Continents of the nationality key (1 digit). */
const KONTINENTE: Record<string, string> = { Europa: 'Europe', Afrika: 'Africa', Amerika: 'Americas', Asien: 'Asia', 'Australien / Ozeanien': 'Australia / Oceania', Sonstige: 'Other' };

/**
 * Names of the official nationality list (Destatis) that the region names of the Unicode CLDR
 * do not match: former states, groups, and spellings of the list. Keyed by the German name.
 */
const STAATEN: Record<string, string> = {
  'Serbien und Montenegro': 'Serbia and Montenegro',
  Jugoslawien: 'Yugoslavia',
  Moldau: 'Moldova',
  'ehem. Sowjetunion o.n.A.': 'former Soviet Union, not specified',
  'Russische Föderation': 'Russian Federation',
  Tschechoslowakei: 'Czechoslovakia',
  'Tschechische Republik': 'Czech Republic',
  'Serbien ohne Kosovo': 'Serbia without Kosovo',
  'Britische Überseegebiete': 'British overseas territories',
  'Gibraltar, Insel Man, Kanalinseln': 'Gibraltar, Isle of Man, Channel Islands',
  'Übriges Europa': 'Rest of Europe',
  "Cote d'Ivoire": "Côte d'Ivoire",
  'Kap Verde': 'Cape Verde',
  'Kongo (Republik)': 'Congo (Republic)',
  'Kongo, Demokratische Republik': 'Congo, Democratic Republic',
  'Sao Tome und Principe': 'São Tomé and Príncipe',
  'Tansania, Vereinigte Republik': 'Tanzania, United Republic',
  'Sankt Helena, einschl. Ascension': 'Saint Helena, incl. Ascension',
  'Übriges Afrika, Mayotte, Réunion': 'Rest of Africa, Mayotte, Réunion',
  USA: 'United States',
  'St.Vincent und die Grenadinen': 'St Vincent and the Grenadines',
  'St.Kitts (St. Cristopher) und Nevis': 'St Kitts and Nevis',
  'brit. abhängige Gebiete': 'British dependent territories',
  'Übriges Amerika': 'Rest of the Americas',
  Hongkong: 'Hong Kong',
  Macau: 'Macao',
  Brunei: 'Brunei',
  'Korea, Volksrepublik': "Korea, Democratic People's Republic",
  'Palästinensische Gebiete': 'Palestinian territories',
  'Taiwan,': 'Taiwan',
  'Korea, Republik': 'Korea, Republic',
  'Übriges Asien, Macau': 'Rest of Asia, Macao',
  'Übriges Ozeanien': 'Rest of Oceania',
  staatenlos: 'stateless',
  ungeklärt: 'unclear',
  'ohne Angabe': 'not stated',
};

/** Notes in brackets after a name: validity periods, "former", dependent territories. */
function zusatzEn(z: string): string {
  const datum = (d: string) => fmtDatum(d.replace(/^(\d\d)\.(\d\d)\.(\d{4})$/, '$3-$2-$1'), 'en');
  return z
    .replace(/(\d\d\.\d\d\.\d{4})/g, (d) => datum(d))
    .replace(/^ab (.+?)-(.+)$/, '$1 to $2')
    .replace(/^ab /, 'from ')
    .replace(/^einschließlich /, 'including ')
    .replace(/^ehemals /, 'formerly ')
    .replace(/^Südsudan$|Südsudan$/, 'South Sudan')
    .replace(/Swasiland$/, 'Swaziland')
    .replace(/^Festland$/, 'mainland')
    .replace(/^ehem\.$/, 'former')
    .replace(/^brit\. abhängiges Gebiet$/, 'British dependent territory')
    .replace(/^brit\. abhängige Gebiete$/, 'British dependent territories')
    .replace(/^chinesisch$/, 'Chinese')
    .replace(/^Nordkorea$/, 'North Korea')
    .replace(/^Südkorea$/, 'South Korea')
    .replace(/^China\s*$/, 'China')
    .replace(/ und /g, ' and ');
}

let regionen: Map<string, string> | undefined;
/** German CLDR region name → English one, built once from the runtime's Unicode data. */
function regionenDeEn(): Map<string, string> {
  if (regionen) return regionen;
  regionen = new Map();
  const de = new Intl.DisplayNames('de', { type: 'region' });
  const en = new Intl.DisplayNames('en', { type: 'region' });
  const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const a of A)
    for (const b of A) {
      const code = a + b;
      const name = de.of(code);
      // CLDR writes "Bosnia & Herzegovina"; the atlas writes "and" as in the other names.
      if (name && name !== code) regionen.set(name, (en.of(code) ?? name).replace(' & ', ' and '));
    }
  return regionen;
}

/** A country name of the nationality list in English; undefined when neither list knows it. */
export function staatEn(deName: string): string | undefined {
  if (STAATEN[deName]) return STAATEN[deName];
  const m = /^(.*?)\s*\(([^()]*)\)$/.exec(deName);
  const [kern, zusatz] = m ? [m[1] as string, m[2] as string] : [deName, undefined];
  const name = STAATEN[kern] ?? regionenDeEn().get(kern);
  if (!name) return undefined;
  return zusatz === undefined ? name : `${name} (${zusatzEn(zusatz)})`;
}

/**
 * The English label of a merkmal: the fixed ones from the table above, continents and countries
 * of the nationality key by their names; undefined where none is known (the caller keeps the
 * German label, a name that stays as it is).
 */
export function merkmalEn(id: string, deLabel: string): string | undefined {
  if (id in FEST) return FEST[id as FesteMerkmale];
  if (/^[1-9]$/.test(id)) return KONTINENTE[deLabel];
  if (/^[1-9]\d\d$/.test(id)) return staatEn(deLabel);
  return undefined;
}
