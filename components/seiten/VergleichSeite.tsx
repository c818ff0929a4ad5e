import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ScrollBox } from '@/components/charts/shared/ScrollBox';
import { TabellenKopf } from '@/components/charts/shared/TabellenKopf';
import { ProvenanceBadge } from '@/components/ProvenanceBadge';
import { PeerKarte } from '@/components/vergleich/PeerKarte';
import { loadKommune } from '@/lib/data';
import { fmtAnzahl, fmtDatum, fmtProzent } from '@/lib/format';
import { diagramm } from '@/lib/i18n/diagramm';
import { staatEn } from '@/lib/i18n/merkmale-en';
import { inSprache, type Sprache } from '@/lib/i18n/sprache';
import { herkunft } from '@/lib/themen/seite';
import { loadVergleich } from '@/lib/vergleich/lesen';
import { anteilAuslaender } from '@/lib/vergleich/regionen';

export function vergleichMetadata(sprache: Sprache): Metadata {
  const k = loadKommune();
  const w = diagramm(sprache).vergleich;
  return { title: w.titel(k.name), description: w.metaBeschreibung(k.name), alternates: { languages: { de: '/vergleich/', en: '/en/vergleich/' } } };
}

/** The municipality beside the Land and its peers: official figures of the same IT.NRW exports. */
export function VergleichSeite({ sprache }: { sprache: Sprache }) {
  const v = loadVergleich();
  if (!v) notFound();
  const kommune = loadKommune();
  const w = diagramm(sprache).vergleich;
  const h = herkunft();
  const quellen = Object.fromEntries(Object.entries(h.quellen).filter(([id]) => v.quellen.includes(id)));
  const eigene = v.regionen.find((r) => r.ags === v.eigene);
  const land = v.regionen.find((r) => r.typ === 'Land');
  const spalten = [eigene, land].filter((r) => r !== undefined);
  const staat = (name: string) => (sprache === 'de' ? name : (staatEn(name) ?? name));
  const [vor, mitte, katalog, nach] = w.alleRegionen;
  return (
    <div className="wrap">
      <h1>{w.titel(kommune.name)}</h1>
      <p className="lead">
        {w.lead(land?.name ?? w.dasLand, fmtDatum(v.stichtag, sprache))} <ProvenanceBadge illustrativ={false} sprache={sprache} />
      </p>
      <PeerKarte v={v} quellen={quellen} namensnennung={h.namensnennung} sprache={sprache} />
      <section aria-labelledby="laender-titel">
        <h2 id="laender-titel">{w.laenderTitel}</h2>
        <ScrollBox label={w.laenderTabelle}>
          <table className="daten" data-testid="vergleich-laender">
            <caption>{w.laenderCaption(fmtDatum(v.stichtag, sprache))}</caption>
            <TabellenKopf spalten={[w.rang, ...spalten.flatMap((r) => [r.name, w.anteil])]} />
            <tbody>
              {Array.from({ length: 5 }, (_, i) => (
                <tr key={i}>
                  <th scope="row">{i + 1}</th>
                  {spalten.flatMap((r) => {
                    const l = r.laender[i];
                    return [
                      <td key={`${r.ags}-n`}>{l ? staat(l[1]) : '–'}</td>,
                      <td key={`${r.ags}-w`} className="num">
                        {l && r.auslaender ? fmtProzent((l[2] / r.auslaender) * 100, sprache) : '–'}
                      </td>,
                    ];
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
        {eigene && land && <p>{w.satz(eigene.name, fmtProzent(anteilAuslaender(eigene) ?? 0, sprache), fmtAnzahl(eigene.auslaender ?? 0, sprache), land.name, fmtProzent(anteilAuslaender(land) ?? 0, sprache))}</p>}
      </section>
      <p>
        {vor}
        <a href="/daten/vergleich.csv">vergleich.csv</a>
        {mitte}
        <a href={inSprache('/daten/', sprache)}>
          {katalog}
        </a>
        {nach}
      </p>
    </div>
  );
}
