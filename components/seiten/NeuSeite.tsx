import type { Metadata } from 'next';
import { IllMark } from '@/components/charts/shared/IllMark';
import { ScrollBox } from '@/components/charts/shared/ScrollBox';
import { TabellenKopf } from '@/components/charts/shared/TabellenKopf';
import { VersionenTabelle } from '@/components/daten/VersionenTabelle';
import { loadGebiete, loadVersionen, readDaten } from '@/lib/data';
import { DATASETS, merkmalLabel, type DatasetId } from '@/lib/datasets';
import type { Neu } from '@/lib/daten/neu';
import { DATEN } from '@/lib/daten/seite';
import { fmtAnzahl, fmtDatum, fmtProzent, fmtVeraenderung } from '@/lib/format';
import { diagramm } from '@/lib/i18n/diagramm';
import { merkmalEn } from '@/lib/i18n/merkmale-en';
import { inSprache, type Sprache } from '@/lib/i18n/sprache';
import { gekuerzt } from '@/lib/listen';
import { woerter } from '@/lib/i18n/woerter';

export function neuMetadata(sprache: Sprache): Metadata {
  const w = woerter(sprache);
  return { title: w.rahmen.neu, description: w.neu.beschreibung, alternates: { languages: { de: '/daten/neu/', en: '/en/daten/neu/' } } };
}

/**
 * Corrected values shown per Stichtag; the rest are in neu.json. Raising the disclosure threshold
 * can correct every cell of a large city (18,320 with 270 finest areas: a 10 MB page).
 */
const REVISIONEN_ZEIGEN = 100;

/** Releases of the data with their archives, and release notes per Stichtag generated from the data: datasets, breaks, largest changes, corrections. */
export function NeuSeite({ sprache }: { sprache: Sprache }) {
  const neu = JSON.parse(readDaten(DATEN.neu).toString('utf8')) as Neu;
  const neuJson = `/daten/${DATEN.neu}`;
  const name = new Map(loadGebiete().map((g) => [g.id, g.name]));
  const wo = woerter(sprache);
  const w = wo.neu;
  const titel = (ds: DatasetId) => (sprache === 'de' ? DATASETS[ds].titel : wo.thema[ds].titel);
  const merkmal = (ds: DatasetId, m: string) => {
    const de = merkmalLabel(ds, m) ?? m;
    return sprache === 'de' ? de : (merkmalEn(m, de) ?? de);
  };
  /** A row's first three cells: dataset, area, variable. */
  const welcherWert = (x: { datensatz: DatasetId; gebiet: string; merkmal: string }) => (
    <>
      <td>{titel(x.datensatz)}</td>
      <td>{name.get(x.gebiet) ?? x.gebiet}</td>
      <td>{merkmal(x.datensatz, x.merkmal)}</td>
    </>
  );
  const wert = (x: number | string) => (typeof x === 'number' ? fmtAnzahl(x, sprache) : x);
  const [leadVor, leadMitte, downloads, leadNach] = w.lead;
  return (
    <div className="wrap neu-seite">
      <h1>{wo.rahmen.neu}</h1>
      <p className="lead">
        {leadVor}
        <a href={neuJson}>neu.json</a>
        {leadMitte}
        <a href={inSprache('/daten/', sprache)}>
          {downloads}
        </a>
        {leadNach}
      </p>
      <VersionenTabelle versionen={loadVersionen()} sprache={sprache} />
      {neu.eintraege.map((e) => {
        const revisionen = gekuerzt(e.revisionen, REVISIONEN_ZEIGEN);
        const [gekuerztVor, gekuerztNach] = w.revisionenGekuerzt(fmtAnzahl(revisionen.zeilen.length, sprache), fmtAnzahl(e.revisionen.length, sprache));
        return (
          <section key={e.stichtag} aria-labelledby={`s-${e.stichtag}`} data-testid={`neu-${e.stichtag}`} className="neu-eintrag">
            <h2 id={`s-${e.stichtag}`}>{w.stichtag(fmtDatum(e.stichtag, sprache))}</h2>
            <p>
              {w.daten}: {e.datensaetze.map(titel).join(', ')}.
            </p>
            {e.brueche.length > 0 && (
              <ul className="brueche" data-testid="brueche">
                {e.brueche.map((b) => (
                  <li key={`${b.datensatz}|${b.art}`}>
                    <strong>{w.reihenbruch}</strong>
                    {w.bruchIn(titel(b.datensatz), diagramm(sprache).bruchArten[b.art])}
                    <span lang="de">{b.beschreibung}</span>
                    {w.bruchNicht}
                  </li>
                ))}
              </ul>
            )}
            {e.aenderungen.length > 0 && (
              <ScrollBox label={w.aenderungenTabelle}>
                <table className="daten" data-testid="aenderungen">
                  <caption>{w.aenderungen}</caption>
                  <TabellenKopf spalten={w.aenderungenKopf} />
                  <tbody>
                    {e.aenderungen.map((a) => (
                      <tr key={`${a.datensatz}|${a.gebiet}|${a.merkmal}`}>
                        {welcherWert(a)}
                        <td className={`num${a.vorherIllustrativ ? ' ill' : ''}`}>
                          {fmtAnzahl(a.vorher, sprache)} <span className="klein">({fmtDatum(a.seit, sprache)})</span>
                          {a.vorherIllustrativ && <IllMark sprache={sprache} />}
                        </td>
                        <td className={`num${a.jetztIllustrativ ? ' ill' : ''}`}>
                          {fmtAnzahl(a.jetzt, sprache)}
                          {a.jetztIllustrativ && <IllMark sprache={sprache} />}
                        </td>
                        <td className={`num${a.illustrativ ? ' ill' : ''}`}>
                          {fmtVeraenderung(a.jetzt - a.vorher, sprache)} ({fmtVeraenderung(((a.jetzt - a.vorher) / Math.max(a.vorher, 1)) * 100, sprache, fmtProzent)})
                          {a.illustrativ && <IllMark sprache={sprache} />}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                {e.aenderungen.some((a) => a.illustrativ) && <p className="tabelle-fuss">{w.fussIll}</p>}
              </ScrollBox>
            )}
            {e.revisionen.length > 0 ? (
              <>
                {revisionen.weitere > 0 && (
                  <p data-testid="revisionen-gekuerzt">
                    {gekuerztVor}
                    <a href={neuJson}>neu.json</a>
                    {gekuerztNach}
                  </p>
                )}
                <ScrollBox label={w.revisionenTabelle}>
                  <table className="daten" data-testid="revisionen">
                    <caption>{w.revisionen}</caption>
                    <TabellenKopf spalten={w.revisionenKopf} />
                    <tbody>
                      {revisionen.zeilen.map((r) => (
                        <tr key={`${r.datensatz}|${r.gebiet}|${r.merkmal}|${r.alt}|${r.neu}`}>
                          {welcherWert(r)}
                          <td className="num">{wert(r.alt)}</td>
                          <td className="num">{wert(r.neu)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </ScrollBox>
              </>
            ) : (
              <p className="klein">{w.keineRevisionen}</p>
            )}
          </section>
        );
      })}
    </div>
  );
}
