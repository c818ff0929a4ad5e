/** Build-time: what each slide shows, resolved from the published data. */
import { loadKennzahlen, loadKommune, loadKonzepte } from '../data';
import { jahreskosten, konzepteMitKosten } from '../konzept/pruefen';
import { massnahmenPunkte } from '../konzept/punkte';
import { kostenNachFinanzierung } from '../konzept/tabelle';
import { fmtIn } from '../themen/einheit';
import { fmtDatum, fmtZeitraum, quellenText } from '../format';
import { statischeKarte } from '../karte/seite';
import { legendenEintraege } from '../karte/ansicht';
import type { Kennzahl } from '../published';
import { THEMEN } from '../themen/config';
import type { Punkt } from '../themen/model';
import { LAND, rangliste, stadtZeitreihe, statusPunkte, vergleich, type Referenz } from '../themen/punkte';
import { herkunft, themaDaten } from '../themen/seite';
import type { Folie } from './schema';
import type { KartenGebietBild } from '../bild/karte';
import { diagramm } from '../i18n/diagramm';
import type { Sprache } from '../i18n/sprache';
import { themaIn } from '../i18n/themen-en';
import { woerter } from '../i18n/woerter';

export type FolienInhalt =
  | { art: 'titel'; untertitel?: string }
  | { art: 'kennzahlen'; kennzahlen: Kennzahl[] }
  | { art: 'linie'; punkte: Punkt[] }
  | { art: 'balken'; punkte: Punkt[]; referenz: Referenz | null; /** Long category names (measures): a wider label column. */ langeNamen?: boolean }
  | { art: 'stapel'; punkte: Punkt[] }
  | { art: 'karte'; gebiete: KartenGebietBild[]; legende: { farbe: string; text: string }[]; hervor: string[]; illustrativ: boolean };

export interface FolieDaten {
  titel: string;
  /** The office's own title had no English version: it stands in German (marked lang="de"). */
  titelDeutsch?: boolean;
  inhalt: FolienInhalt;
  /** Footer line: Stand and sources. */
  stand: string;
  quelle: string;
  /** Shows illustrative values (Beispieldaten). */
  illustrativ: boolean;
  /** A line under the view (the concept's totals and that amounts are planned, not spending). */
  hinweis?: string;
}

const quelleVon = (punkte: { quelle: string }[]) =>
  quellenText(
    punkte.map((p) => p.quelle),
    herkunft().quellen,
  );
const standText = (punkte: { stichtag: string }[], s: Sprache) =>
  fmtZeitraum(
    punkte.map((p) => p.stichtag),
    s,
  );

export function folieDaten(f: Folie, s: Sprache = 'de'): FolieDaten {
  const d = folieOhneKennzeichnung(f, s);
  const i = d.inhalt;
  const ill = i.art === 'kennzahlen' ? i.kennzahlen.some((k) => k.illustrativ) : i.art === 'balken' ? i.punkte.some((p) => p.illustrativ) || !!i.referenz?.illustrativ : i.art === 'linie' || i.art === 'stapel' ? i.punkte.some((p) => p.illustrativ) : i.art === 'karte' ? i.illustrativ : false;
  return { ...d, illustrativ: ill };
}

function folieOhneKennzeichnung(f: Folie, s: Sprache): Omit<FolieDaten, 'illustrativ'> {
  const kommune = loadKommune();
  const w = diagramm(s).praesentation;
  const eigen = { titel: s === 'en' ? (f.en?.titel ?? f.titel) : f.titel, ...(s === 'en' && f.titel && !f.en?.titel ? { titelDeutsch: true } : {}) };
  const datum = (d: string) => fmtDatum(d, s);
  const kennzahlLabel = (k: Kennzahl): Kennzahl => (s === 'de' ? k : { ...k, label: (woerter(s).kennzahl as Record<string, string>)[k.id] ?? k.label });
  if (f.art === 'titel') {
    // The title slide stands for the figures that follow: their Stand and all their sources.
    const { kennzahlen } = loadKennzahlen();
    return {
      ...eigen,
      titel: eigen.titel ?? f.titel,
      inhalt: { art: 'titel', untertitel: s === 'en' ? (f.en?.untertitel ?? f.untertitel) : f.untertitel },
      stand: standText(kennzahlen, s),
      quelle: w.nach(
        kommune.herausgeber.name,
        quellenText(
          kennzahlen.flatMap((k) => k.quellen),
          herkunft().quellen,
        ),
      ),
    };
  }
  if (f.art === 'kennzahlen') {
    const { kennzahlen } = loadKennzahlen();
    const gewaehlt = (f.kennzahlen ? f.kennzahlen.map((id) => kennzahlen.find((k) => k.id === id)).filter((k): k is Kennzahl => k !== undefined) : kennzahlen).map(kennzahlLabel);
    return {
      ...eigen,
      titel: eigen.titel ?? w.aufEinenBlick(kommune.name),
      inhalt: { art: 'kennzahlen', kennzahlen: gewaehlt },
      stand: standText(gewaehlt, s),
      quelle: quellenText(
        gewaehlt.flatMap((k) => k.quellen),
        herkunft().quellen,
      ),
    };
  }
  if (f.art === 'karte') {
    const m = statischeKarte(f.indikator, f.ebene, f.stichtag, s);
    return {
      ...eigen,
      titel: eigen.titel ?? m.titel,
      inhalt: { art: 'karte', gebiete: m.bild.gebiete, legende: legendenEintraege(m.ansicht, s).map((e) => ({ farbe: e.farbe, text: `${e.bereich} (${e.anzahl})` })), hervor: f.gebiete ?? [], illustrativ: m.ansicht.illustrativ },
      stand: datum(m.stichtag),
      quelle: `${Object.values(m.quellen).join('; ')}. ${m.geoHinweis}`,
    };
  }
  if (f.art === 'massnahmen') {
    const mitKosten = konzepteMitKosten(loadKonzepte());
    const k = (f.konzept ? mitKosten.find((x) => x.id === f.konzept) : undefined) ?? mitKosten.at(-1);
    if (!k) throw new Error('Folie Maßnahmen: kein Integrationskonzept mit jährlichen Beträgen');
    const wk = woerter(s).konzept;
    const euro = (n: number) => fmtIn(n, 'Euro', s);
    const kosten = jahreskosten(k);
    const beschluss = [k.beschluss?.gremium, k.beschluss?.vorlage, k.beschluss?.datum && datum(k.beschluss.datum)].filter(Boolean).join(', ');
    return {
      ...eigen,
      titel: eigen.titel ?? wk.folieTitel(k.titel),
      inhalt: { art: 'balken', punkte: massnahmenPunkte(k, wk.kostenart, { n: 6, weitere: wk.weitere }), referenz: null, langeNamen: true },
      stand: beschluss || (k.zeitraum ? wk.ab(k.zeitraum.von) : ''),
      quelle: k.quellen.map((q) => q.titel).join('; '),
      // Totals, who pays (by funding as the measures state it) and that the amounts are planned.
      hinweis: `${wk.folieSumme(euro(kosten.summe), k.obergrenze_eur_jahr !== undefined ? euro(k.obergrenze_eur_jahr) : undefined)}; ${wk.finanzKategorie}: ${kostenNachFinanzierung(k)
        .map((f) => `${f.finanzierung.map((x) => wk.finanzierungen[x as keyof typeof wk.finanzierungen]).join(' + ')} ${euro(f.summe)}`)
        .join(', ')}. ${wk.folieEhrlich}`,
    };
  }
  const def = THEMEN.find((x) => x.id === f.datensatz);
  if (!def) throw new Error(`Thema ${f.datensatz} fehlt`);
  const t = themaIn(def, s);
  const k = themaDaten(t.id, t.merkmale, s);
  const letzter = (hat: (s: string) => boolean) => f.art !== 'zeitreihe' && f.stichtag ? f.stichtag : (k.stichtage.filter(hat).at(-1) ?? '');
  if (f.art === 'zeitreihe') {
    const punkte = stadtZeitreihe(k, kommune.ags, t.zeitreihe.reihen, t.zeitreihe.mass);
    return { ...eigen, titel: eigen.titel ?? t.zeitreihe.titel, inhalt: { art: 'linie', punkte }, stand: standText(punkte, s), quelle: quelleVon(punkte) };
  }
  if (f.art === 'vergleich') {
    const mass = t.vergleich.masse.find((m) => m.id === f.mass) ?? t.vergleich.masse[0];
    const stichtag = letzter((s) => k.gebiete.some((g) => g.ebene === f.ebene && k.werte[t.vergleich.merkmal]?.[g.id]?.[s]));
    const v = vergleich(k, kommune.ags, f.ebene, stichtag, t.vergleich.merkmal, mass?.mass ?? { art: 'anzahl' });
    const punkte = f.gebiete ? v.punkte.filter((p) => f.gebiete?.includes(p.x)) : v.punkte;
    return {
      // The unit always stands in the title, also under a title of the office's own.
      ...eigen,
      titel: `${eigen.titel ?? t.vergleich.titel} (${mass?.label ?? ''})`,
      inhalt: { art: 'balken', punkte, referenz: v.referenz },
      stand: datum(stichtag),
      quelle: quelleVon(punkte),
    };
  }
  const gebiet = f.gebiet ?? kommune.ags;
  if (t.zusammensetzung === 'status') {
    const stichtag = letzter((s) => Boolean(k.werte.anerkannt?.[gebiet]?.[s]));
    const punkte = statusPunkte(k, gebiet, stichtag);
    return { ...eigen, titel: eigen.titel ?? `${diagramm(s).statusTitel}, ${datum(stichtag)}`, inhalt: { art: 'stapel', punkte }, stand: datum(stichtag), quelle: quelleVon(punkte) };
  }
  const stichtag = letzter((s) => Object.keys(k.werte).some((m) => LAND.test(m) && k.werte[m]?.[gebiet]?.[s]));
  const punkte = rangliste(k, gebiet, stichtag, 'land', 10);
  return { ...eigen, titel: eigen.titel ?? w.staatsangehoerigkeiten(datum(stichtag)), inhalt: { art: 'balken', punkte, referenz: null }, stand: datum(stichtag), quelle: quelleVon(punkte) };
}
