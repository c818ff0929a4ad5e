/** Build-time: what each slide shows, resolved from the published data. */
import { loadKennzahlen, loadKommune } from '../data';
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

export type FolienInhalt =
  | { art: 'titel'; untertitel?: string }
  | { art: 'kennzahlen'; kennzahlen: Kennzahl[] }
  | { art: 'linie'; punkte: Punkt[] }
  | { art: 'balken'; punkte: Punkt[]; referenz: Referenz | null }
  | { art: 'stapel'; punkte: Punkt[] }
  | { art: 'karte'; gebiete: KartenGebietBild[]; legende: { farbe: string; text: string }[]; hervor: string[]; illustrativ: boolean };

export interface FolieDaten {
  titel: string;
  inhalt: FolienInhalt;
  /** Footer line: Stand and sources. */
  stand: string;
  quelle: string;
  /** Shows illustrative values (Beispieldaten). */
  illustrativ: boolean;
}

const quelleVon = (punkte: { quelle: string }[]) =>
  quellenText(
    punkte.map((p) => p.quelle),
    herkunft().quellen,
  );
const standText = (punkte: { stichtag: string }[]) => fmtZeitraum(punkte.map((p) => p.stichtag));

export function folieDaten(f: Folie): FolieDaten {
  const d = folieOhneKennzeichnung(f);
  const i = d.inhalt;
  const ill = i.art === 'kennzahlen' ? i.kennzahlen.some((k) => k.illustrativ) : i.art === 'balken' ? i.punkte.some((p) => p.illustrativ) || !!i.referenz?.illustrativ : i.art === 'linie' || i.art === 'stapel' ? i.punkte.some((p) => p.illustrativ) : i.art === 'karte' ? i.illustrativ : false;
  return { ...d, illustrativ: ill };
}

function folieOhneKennzeichnung(f: Folie): Omit<FolieDaten, 'illustrativ'> {
  const kommune = loadKommune();
  if (f.art === 'titel') {
    // The title slide stands for the figures that follow: their Stand and all their sources.
    const { kennzahlen } = loadKennzahlen();
    return {
      titel: f.titel,
      inhalt: { art: 'titel', untertitel: f.untertitel },
      stand: standText(kennzahlen),
      quelle: `${kommune.herausgeber.name}, nach ${quellenText(
        kennzahlen.flatMap((k) => k.quellen),
        herkunft().quellen,
      )}`,
    };
  }
  if (f.art === 'kennzahlen') {
    const { kennzahlen } = loadKennzahlen();
    const gewaehlt = f.kennzahlen ? f.kennzahlen.map((id) => kennzahlen.find((k) => k.id === id)).filter((k): k is Kennzahl => k !== undefined) : kennzahlen;
    return {
      titel: f.titel ?? `${kommune.name} auf einen Blick`,
      inhalt: { art: 'kennzahlen', kennzahlen: gewaehlt },
      stand: standText(gewaehlt),
      quelle: quellenText(
        gewaehlt.flatMap((k) => k.quellen),
        herkunft().quellen,
      ),
    };
  }
  if (f.art === 'karte') {
    const m = statischeKarte(f.indikator, f.ebene, f.stichtag);
    return {
      titel: f.titel ?? m.titel,
      inhalt: { art: 'karte', gebiete: m.bild.gebiete, legende: legendenEintraege(m.ansicht).map((e) => ({ farbe: e.farbe, text: `${e.bereich} (${e.anzahl})` })), hervor: f.gebiete ?? [], illustrativ: m.ansicht.illustrativ },
      stand: fmtDatum(m.stichtag),
      quelle: `${Object.values(m.quellen).join('; ')}. ${m.geoHinweis}`,
    };
  }
  const t = THEMEN.find((x) => x.id === f.datensatz);
  if (!t) throw new Error(`Thema ${f.datensatz} fehlt`);
  const k = themaDaten(t.id, t.merkmale);
  const letzter = (hat: (s: string) => boolean) => f.art !== 'zeitreihe' && f.stichtag ? f.stichtag : (k.stichtage.filter(hat).at(-1) ?? '');
  if (f.art === 'zeitreihe') {
    const punkte = stadtZeitreihe(k, kommune.ags, t.zeitreihe.reihen, t.zeitreihe.mass);
    return { titel: f.titel ?? t.zeitreihe.titel, inhalt: { art: 'linie', punkte }, stand: standText(punkte), quelle: quelleVon(punkte) };
  }
  if (f.art === 'vergleich') {
    const mass = t.vergleich.masse.find((m) => m.id === f.mass) ?? t.vergleich.masse[0];
    const stichtag = letzter((s) => k.gebiete.some((g) => g.ebene === f.ebene && k.werte[t.vergleich.merkmal]?.[g.id]?.[s]));
    const v = vergleich(k, kommune.ags, f.ebene, stichtag, t.vergleich.merkmal, mass?.mass ?? { art: 'anzahl' });
    const punkte = f.gebiete ? v.punkte.filter((p) => f.gebiete?.includes(p.x)) : v.punkte;
    return {
      // The unit always stands in the title, also under a title of the office's own.
      titel: `${f.titel ?? t.vergleich.titel} (${mass?.label ?? ''})`,
      inhalt: { art: 'balken', punkte, referenz: v.referenz },
      stand: fmtDatum(stichtag),
      quelle: quelleVon(punkte),
    };
  }
  const gebiet = f.gebiet ?? kommune.ags;
  if (t.zusammensetzung === 'status') {
    const stichtag = letzter((s) => Boolean(k.werte.anerkannt?.[gebiet]?.[s]));
    const punkte = statusPunkte(k, gebiet, stichtag);
    return { titel: f.titel ?? `Flüchtlinge nach Aufenthaltsstatus, ${fmtDatum(stichtag)}`, inhalt: { art: 'stapel', punkte }, stand: fmtDatum(stichtag), quelle: quelleVon(punkte) };
  }
  const stichtag = letzter((s) => Object.keys(k.werte).some((m) => LAND.test(m) && k.werte[m]?.[gebiet]?.[s]));
  const punkte = rangliste(k, gebiet, stichtag, 'land', 10);
  return { titel: f.titel ?? `Die häufigsten Staatsangehörigkeiten, ${fmtDatum(stichtag)}`, inhalt: { art: 'balken', punkte, referenz: null }, stand: fmtDatum(stichtag), quelle: quelleVon(punkte) };
}
