import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { TabellenKopf } from '@/components/charts/shared/TabellenKopf';
import { ProvenanceBadge } from '@/components/ProvenanceBadge';
import { PeerKarte } from '@/components/vergleich/PeerKarte';
import { loadKommune } from '@/lib/data';
import { fmtAnzahl, fmtDatum, fmtProzent } from '@/lib/format';
import { herkunft } from '@/lib/themen/seite';
import { anteilAuslaender } from '@/lib/vergleich/regionen';
import { loadVergleich } from '@/lib/vergleich/lesen';
import { ScrollBox } from '@/components/charts/shared/ScrollBox';

export function generateMetadata(): Metadata {
  const k = loadKommune();
  return { title: 'Vergleich', description: `${k.name} im Vergleich mit Nordrhein-Westfalen, den Kreisen und kreisfreien Städten – amtliche Zahlen von IT.NRW.` };
}

/** The municipality beside the Land and its peers: official figures of the same IT.NRW exports. */
export default function VergleichSeite() {
  const v = loadVergleich();
  if (!v) notFound();
  const kommune = loadKommune();
  const h = herkunft();
  const quellen = Object.fromEntries(Object.entries(h.quellen).filter(([id]) => v.quellen.includes(id)));
  const eigene = v.regionen.find((r) => r.ags === v.eigene);
  const land = v.regionen.find((r) => r.typ === 'Land');
  const spalten = [eigene, land].filter((r) => r !== undefined);
  return (
    <div className="wrap">
      <h1>{kommune.name} im Vergleich</h1>
      <p className="lead">
        Ausländeranteil und Zuwanderung aus Bulgarien und Rumänien im Vergleich mit {land?.name ?? 'dem Land'}, allen Kreisen und kreisfreien Städten und den
        Vergleichskommunen – alle Werte amtlich, aus denselben Tabellen von IT.NRW (Stand {fmtDatum(v.stichtag)}). <ProvenanceBadge illustrativ={false} />
      </p>
      <PeerKarte v={v} quellen={quellen} namensnennung={h.namensnennung} />
      <section aria-labelledby="laender-titel">
        <h2 id="laender-titel">Die häufigsten Staatsangehörigkeiten</h2>
        <ScrollBox label="Tabelle: die häufigsten Staatsangehörigkeiten">
          <table className="daten" data-testid="vergleich-laender">
            <caption>Anteil an allen Ausländerinnen und Ausländern, Stichtag {fmtDatum(v.stichtag)}</caption>
            <TabellenKopf spalten={['Rang', ...spalten.flatMap((r) => [r.name, `#Anteil`])]} />
            <tbody>
              {Array.from({ length: 5 }, (_, i) => (
                <tr key={i}>
                  <th scope="row">{i + 1}</th>
                  {spalten.flatMap((r) => {
                    const l = r.laender[i];
                    return [
                      <td key={`${r.ags}-n`}>{l?.[1] ?? '–'}</td>,
                      <td key={`${r.ags}-w`} className="num">
                        {l && r.auslaender ? fmtProzent((l[2] / r.auslaender) * 100) : '–'}
                      </td>,
                    ];
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
        {eigene && land && (
          <p>
            In {eigene.name} haben {fmtProzent(anteilAuslaender(eigene) ?? 0)} der Einwohnerinnen und Einwohner ({fmtAnzahl(eigene.auslaender ?? 0)}) keine deutsche
            Staatsangehörigkeit, in {land.name} {fmtProzent(anteilAuslaender(land) ?? 0)}.
          </p>
        )}
      </section>
      <p>
        Alle Regionen als Tabelle: <a href="/daten/vergleich.csv">vergleich.csv</a> (mit Tabellenschema im <Link prefetch={false} href="/daten/">Datenkatalog</Link>). Regionen, die andere
        umfassen (etwa eine Städteregion), werden als Ganzes verglichen; Teile, die die Tabelle nicht getrennt ausweist, erscheinen nicht einzeln.
      </p>
    </div>
  );
}
