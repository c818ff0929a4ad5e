import type { Metadata } from 'next';
import { IllMark } from '@/components/charts/shared/IllMark';
import { TabellenKopf } from '@/components/charts/shared/TabellenKopf';
import { BRUCH_ARTEN } from '@/lib/brueche';
import Link from 'next/link';
import type { Neu } from '@/lib/daten/neu';
import { DATEN } from '@/lib/daten/seite';
import { DATASETS, merkmalLabel } from '@/lib/datasets';
import { loadGebiete, readDaten } from '@/lib/data';
import { fmtAnzahl, fmtDatum, fmtProzent, fmtVeraenderung } from '@/lib/format';
import { ScrollBox } from '@/components/charts/shared/ScrollBox';

export const metadata: Metadata = { title: 'Was ist neu', description: 'Je Stichtag: neue Daten, größte Veränderungen und Korrekturen früher veröffentlichter Werte.' };

const wert = (w: number | string) => (typeof w === 'number' ? fmtAnzahl(w) : w);

export default function NeuSeite() {
  const neu = JSON.parse(readDaten(DATEN.neu).toString('utf8')) as Neu;
  const name = new Map(loadGebiete().map((g) => [g.id, g.name]));
  return (
    <div className="wrap neu-seite">
      <h1>Was ist neu</h1>
      <p className="lead">
        Je Stichtag: welche Datensätze ihn enthalten, die größten Veränderungen gegenüber dem vorigen Stichtag und Korrekturen früher veröffentlichter Werte.
        Aus den Daten erzeugt; maschinenlesbar als <a href={`/daten/${DATEN.neu}`}>neu.json</a>. Zu den <Link prefetch={false} href="/daten/">Downloads</Link>.
      </p>
      {neu.eintraege.map((e) => (
        <section key={e.stichtag} aria-labelledby={`s-${e.stichtag}`} data-testid={`neu-${e.stichtag}`} className="neu-eintrag">
          <h2 id={`s-${e.stichtag}`}>Stichtag {fmtDatum(e.stichtag)}</h2>
          <p>Daten: {e.datensaetze.map((ds) => DATASETS[ds].titel).join(', ')}.</p>
          {e.brueche.length > 0 && (
            <ul className="brueche" data-testid="brueche">
              {e.brueche.map((b) => (
                <li key={`${b.datensatz}|${b.art}`}>
                  <strong>Reihenbruch</strong> in {DATASETS[b.datensatz].titel} ({BRUCH_ARTEN[b.art]}): {b.beschreibung} Veränderungen über diesen Bruch hinweg werden nicht ausgewiesen.
                </li>
              ))}
            </ul>
          )}
          {e.aenderungen.length > 0 && (
            <ScrollBox label="Tabelle: größte Veränderungen">
              <table className="daten" data-testid="aenderungen">
                <caption>Größte Veränderungen gegenüber dem vorigen Stichtag</caption>
                <TabellenKopf spalten={['Datensatz', 'Gebiet', 'Merkmal', '#vorher', '#jetzt', '#Veränderung']} />
                <tbody>
                  {e.aenderungen.map((a) => (
                    <tr key={`${a.datensatz}|${a.gebiet}|${a.merkmal}`}>
                      <td>{DATASETS[a.datensatz].titel}</td>
                      <td>{name.get(a.gebiet) ?? a.gebiet}</td>
                      <td>{merkmalLabel(a.datensatz, a.merkmal) ?? a.merkmal}</td>
                      <td className={`num${a.vorherIllustrativ ? ' ill' : ''}`}>
                        {fmtAnzahl(a.vorher)} <span className="klein">({fmtDatum(a.seit)})</span>
                        {a.vorherIllustrativ && <IllMark />}
                      </td>
                      <td className={`num${a.jetztIllustrativ ? ' ill' : ''}`}>
                        {fmtAnzahl(a.jetzt)}
                        {a.jetztIllustrativ && <IllMark />}
                      </td>
                      <td className={`num${a.illustrativ ? ' ill' : ''}`}>
                        {fmtVeraenderung(a.jetzt - a.vorher)} ({fmtVeraenderung(((a.jetzt - a.vorher) / Math.max(a.vorher, 1)) * 100, 'de', fmtProzent)})
                        {a.illustrativ && <IllMark />}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {e.aenderungen.some((a) => a.illustrativ) && <p className="tabelle-fuss">* Beispieldaten (illustrativ, keine amtlichen Werte); jeder Wert trägt seine eigene Kennzeichnung.</p>}
            </ScrollBox>
          )}
          {e.revisionen.length > 0 ? (
            <ScrollBox label="Tabelle: korrigierte Werte">
              <table className="daten" data-testid="revisionen">
                <caption>Korrigierte Werte</caption>
                <TabellenKopf spalten={['Datensatz', 'Gebiet', 'Merkmal', '#bisher', '#neu']} />
                <tbody>
                  {e.revisionen.map((r) => (
                    <tr key={`${r.datensatz}|${r.gebiet}|${r.merkmal}|${r.alt}|${r.neu}`}>
                      <td>{DATASETS[r.datensatz].titel}</td>
                      <td>{name.get(r.gebiet) ?? r.gebiet}</td>
                      <td>{merkmalLabel(r.datensatz, r.merkmal) ?? r.merkmal}</td>
                      <td className="num">{wert(r.alt)}</td>
                      <td className="num">{wert(r.neu)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollBox>
          ) : (
            <p className="klein">Keine Korrekturen früher veröffentlichter Werte dieses Stichtags.</p>
          )}
        </section>
      ))}
    </div>
  );
}
