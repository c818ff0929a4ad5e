import type { Metadata } from 'next';
import { ScrollBox } from '@/components/charts/shared/ScrollBox';
import { TabellenKopf } from '@/components/charts/shared/TabellenKopf';
import { BEGRIFFE } from '@/lib/begriffe';
import { loadKommune, loadManifest, loadQuellen } from '@/lib/data';
import { GEHEIM_ZEICHEN } from '@/lib/format';
import { BegriffListe } from '@/components/themen/BegriffListe';
import { fmtAnzahl, fmtDatum } from '@/lib/format';
import { illustrativPruefer } from '@/lib/provenienz';

export const metadata: Metadata = {
  title: 'Methods and glossary',
  description: 'Terms, sources, signs and marks of the Integration Atlas.',
  alternates: { languages: { de: '/methodik/', en: '/en/methodik/' } },
};

/** Methods and glossary in English: the German terms beside the English ones, the sources as they are named. */
export default function MethodsPage() {
  const kommune = loadKommune();
  const quellen = loadQuellen();
  const manifest = loadManifest();
  const istIll = illustrativPruefer(quellen);
  return (
    <div className="wrap methodik">
      <h1>Methods and glossary</h1>
      <BegriffListe ids={BEGRIFFE.map((b) => b.id)} lokal={kommune.begriffe} stadt={kommune.name} sprache="en" />
      <h2 id="zeichen">Signs in tables and downloads</h2>
      <ScrollBox label="Table: signs in tables and downloads">
        <table className="daten" data-testid="zeichen-legende">
          <TabellenKopf spalten={['Sign', 'Meaning']} />
          <tbody>
            <tr>
              <td>–</td>
              <td>nil (exactly zero). In tables that round every figure (the „rounding“ of a source, e.g. IT.NRW 12521 to 5) it means „nothing or less than the rounding shows“.</td>
            </tr>
            <tr>
              <td>.</td>
              <td>value unknown</td>
            </tr>
            <tr>
              <td>{GEHEIM_ZEICHEN}</td>
              <td>
                withheld to protect privacy: fewer than {kommune.geheimhaltung.schwellenwert} people, or a value from which such a number could be computed. Downloads
                show the official sign „.“ with the status „geheim“.
              </td>
            </tr>
            <tr>
              <td>x</td>
              <td>cell blocked because a figure would not be meaningful</td>
            </tr>
          </tbody>
        </table>
      </ScrollBox>
      <h2 id="kennzeichnung">Official values, example data and privacy</h2>
      <p>
        Every value names its source. <strong>Official</strong> values come from official statistics or the city administration. <strong>Example data</strong>{' '}
        (Beispieldaten) are made-up, illustrative values for small areas, not official statistics; everything computed from them is example data too, decided by one
        rule in the software. They are marked everywhere: the label „Beispieldaten“, white-striped bars, dashed lines with open points, * in tables and the column
        „kennzeichnung“ of every download. City-level figures and the key figures are official only, each with its own reference date.
      </p>
      <p>
        Before anything is published, small counts of people are withheld – every count below {kommune.geheimhaltung.schwellenwert} except 0 – and as many other values
        as needed so that none can be recomputed from published sums (tested by an automatic attack before each publication). Currently withheld:{' '}
        {fmtAnzahl(manifest.geheimhaltung.gesperrt, 'en')} values.
      </p>
      <h2 id="quellen">Sources</h2>
      <p>Sources are named as their publishers name them (in German).</p>
      <ScrollBox label="Table: sources">
        <table className="daten" data-testid="quellen-tabelle">
          <TabellenKopf spalten={['Source', 'Publisher', 'Kind', 'Licence']} />
          <tbody>
            {quellen.map((q) => (
              <tr key={q.id} id={`quelle-${q.id}`}>
                <td lang="de">{q.url ? <a href={q.url}>{q.titel}</a> : q.titel}</td>
                <td lang="de">{q.herausgeber}</td>
                <td>{istIll(q.id) ? 'example data' : 'official'}</td>
                <td lang="de">{q.lizenz || '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      <h2 id="stichtage">Reference dates</h2>
      <ul>
        {Object.entries(manifest.stichtage).map(([ds, st]) => (
          <li key={ds}>
            {ds}: {st.map((s) => fmtDatum(s, 'en')).join(', ')}
          </li>
        ))}
      </ul>
      <p>
        Licence of the data: <span lang="de">{kommune.lizenz.name}</span>. Attribution: <span lang="de">{kommune.lizenz.namensnennung}</span>.
      </p>
    </div>
  );
}
