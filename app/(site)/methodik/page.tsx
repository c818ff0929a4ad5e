import type { Metadata } from 'next';
import { ScrollBox } from '@/components/charts/shared/ScrollBox';
import { ebenenNamen, unterste } from '@/lib/ebenen';
import { TabellenKopf } from '@/components/charts/shared/TabellenKopf';
import { BegriffListe } from '@/components/themen/BegriffListe';
import { BEGRIFFE } from '@/lib/begriffe';
import { loadDatensatz, loadKommune, loadManifest, loadQuellen } from '@/lib/data';
import { fmtAnzahl, fmtDatum, fmtProzent, GEHEIM_ZEICHEN } from '@/lib/format';
import { abweichendeAnteile } from '@/lib/themen/angegeben';
import { herkunftVon, illustrativPruefer, kennzeichnung } from '@/lib/provenienz';

export const metadata: Metadata = {
  title: 'Methodik und Glossar',
  description: 'Begriffe, Quellen, Zeichen und Kennzeichnungen des Integrationsatlas.',
  alternates: { languages: { de: '/methodik/', en: '/en/methodik/' } },
};

export default function MethodikSeite() {
  const kommune = loadKommune();
  const gruppenNamen = Object.values(kommune.gruppen).flatMap((gs) => (gs ?? []).map((g) => `„${g.label}“`));
  const quellen = loadQuellen();
  const manifest = loadManifest();
  const istIll = illustrativPruefer(quellen);
  const abweichend = abweichendeAnteile(loadDatensatz('migrationshintergrund'), loadDatensatz('bevoelkerung'), kommune.ags, 'anteil_mh_angegeben', 'mit_mh');
  return (
    <div className="wrap methodik">
      <h1>Methodik und Glossar</h1>
      <BegriffListe ids={BEGRIFFE.map((b) => b.id)} lokal={kommune.begriffe} stadt={kommune.name} />
      {abweichend.map((a) => (
        <p key={a.stichtag} data-testid="anteil-angegeben">
          Zum Migrationshintergrund am {fmtDatum(a.stichtag)}: Die Quelle nennt „ca. {fmtProzent(a.angegeben)}“, aus ihren eigenen Zahlen ({fmtAnzahl(a.zaehler)} von{' '}
          {fmtAnzahl(a.nenner)}) ergeben sich {fmtProzent(a.berechnet)}. Gezeigt wird der berechnete Anteil.
        </p>
      ))}
      <h2 id="zeichen">Zeichen in Tabellen und Downloads</h2>
      <ScrollBox label="Tabelle: Zeichen in Tabellen und Downloads">
        <table className="daten" data-testid="zeichen-legende">
          <TabellenKopf spalten={['Zeichen', 'Bedeutung']} />
          <tbody>
            <tr>
              <td>–</td>
              <td>
                nichts vorhanden (genau null). Ausnahme: In Tabellen, die jede Zahl runden (Spalte „Rundung“ der Quellen, etwa IT.NRW 12521 auf 5), bedeutet –
                „nichts oder weniger, als die Rundung sichtbar macht“; der Atlas veröffentlicht dort den gerundeten Wert 0 wie jede andere gerundete Zahl.
              </td>
            </tr>
            <tr>
              <td>.</td>
              <td>Zahlenwert unbekannt</td>
            </tr>
            <tr>
              <td>{GEHEIM_ZEICHEN}</td>
              <td>
                aus Datenschutzgründen nicht ausgewiesen (geheim gehalten): weniger als {kommune.geheimhaltung.schwellenwert} Personen, oder ein Wert, aus dem sich
                ein solcher errechnen ließe. In Downloads steht dafür das amtliche Zeichen „.“ mit dem Status „geheim“.
              </td>
            </tr>
            <tr>
              <td>x</td>
              <td>Tabellenfach gesperrt, weil Aussage nicht sinnvoll</td>
            </tr>
          </tbody>
        </table>
      </ScrollBox>
      <h2 id="kennzeichnung">Amtliche Werte, Beispieldaten und Geheimhaltung</h2>
      <p>
        Jeder Wert nennt seine Quelle. <strong>Amtlich</strong> sind Werte aus der amtlichen Statistik oder von der Stadtverwaltung.{' '}
        <strong>Beispieldaten</strong> sind erfundene, illustrative Werte für {ebenenNamen(kommune.ebenen)}, keine
        amtliche Statistik. Wo eine amtliche Stadtsumme vorliegt, ergeben sie zusammen diese Summe; wo keine vorliegt, gibt es auch keine Stadtsumme – die
        Summe der Gebiete erscheint dann als eigene, gekennzeichnete Reihe, nie unter dem Namen der Stadt. Was aus einem Beispielwert berechnet ist (Anteil,
        Veränderung, Rang, Summe, Vergleichslinie, Satz), ist ebenfalls Beispieldaten; darüber entscheidet eine einzige Regel im Programm. Kennzeichnung
        überall: Schild „Beispieldaten“, weiß gestreifte Balken, gestrichelte Linien mit offenen Punkten, * in Tabellen und die Spalte „kennzeichnung“ jedes
        Downloads. Auf der Ebene der Stadt und in den Kennzahlen der Startseite stehen nur amtliche Werte, jeder mit seinem eigenen Stichtag; eine
        Veränderung wird nur zwischen zwei amtlichen Werten derselben Abgrenzung berechnet.
      </p>
      {manifest.geometrie.schematisch && (
        <p>
          Die Gebietsgrenzen sind <strong>schematisch</strong>: {manifest.geometrie.beschreibung} Grundlage: {manifest.geometrie.namensnennung}.
        </p>
      )}
      <h3 id="geheimhaltung">Geheimhaltung</h3>
      <p>
        Bevor etwas veröffentlicht wird, werden kleine Zahlen über Menschen gesperrt: jede Anzahl von Personen unter {kommune.geheimhaltung.schwellenwert}{' '}
        außer 0 (primäre Sperrung). Damit sich ein gesperrter Wert nicht aus veröffentlichten Summen zurückrechnen lässt, werden so viele weitere Werte
        gesperrt wie nötig (sekundäre Sperrung) – über die Gebietshierarchie ({[unterste(kommune.ebenen).plural, ...kommune.ebenen.slice(0, -1).reverse().map((e) => e.singular), 'Stadt'].join(' → ')}), über die Teile einer Summe (Aufenthaltsstatus{gruppenNamen.length ? ` und die Gruppen der Kommune ${gruppenNamen.join(', ')}` : ''}, Bulgarien und Rumänien gegenüber EU-2,
        Geschlecht, Altersgruppen) und zwischen Datensätzen, die dieselben Personen zählen; jeder Stichtag für sich. Gewählt werden möglichst kleine Werte.
        Anteile, die aus einem gesperrten Wert berechnet würden, sind ebenfalls gesperrt. Ein automatischer Test versucht für jede gesperrte Zelle, sie aus den
        veröffentlichten Zahlen über diese Summen zu errechnen, und verhindert die Veröffentlichung, wenn das gelingt. Zurzeit gesperrt:{' '}
        {manifest.geheimhaltung.gesperrt} Werte.
      </p>
      <p>
        Nicht ausgewiesene Werte erscheinen nie als Null: In Balken steht „nicht ausgewiesen“, in Tabellen das Zeichen {GEHEIM_ZEICHEN}, in der Karte eine
        Schraffur, im Tooltip der Grund.
        Anteile werden aus Anzahlen berechnet (je 100 bzw. je 1.000 Einwohnerinnen und Einwohner desselben Gebiets und Stichtags) und mit einer
        Nachkommastelle gezeigt. Die Ausländerstatistik von IT.NRW (Tabelle 12521) wird auf Vielfache von 5 gerundet veröffentlicht; deshalb ergeben die
        Länder zusammen nicht genau die Summe ihres Kontinents. Die Zahl aller Ausländerinnen und Ausländer ist die Summe der Kontinente.
      </p>
      <h2 id="quellen">Quellen</h2>
      <ScrollBox label="Tabelle: Quellen">
        <table className="daten" data-testid="quellen-tabelle">
          <TabellenKopf spalten={['Quelle', 'Herausgeber', 'Art', 'Lizenz']} />
          <tbody>
            {quellen.map((q) => (
              <tr key={q.id} id={`quelle-${q.id}`}>
                <td>
                  {q.url ? <a href={q.url}>{q.titel}</a> : q.titel}
                  {q.beschreibung && <div className="quelle-beschreibung">{q.beschreibung}</div>}
                  {q.rundung > 0 && <div className="quelle-beschreibung">Jede Zahl auf ein Vielfaches von {q.rundung} gerundet.</div>}
                  {q.fussnoten && (
                    <details className="quelle-beschreibung">
                      <summary>Fußnoten der Quelle</summary>
                      {q.fussnoten}
                    </details>
                  )}
                </td>
                <td>{q.herausgeber}</td>
                <td>{kennzeichnung(herkunftVon(q.id, istIll))}</td>
                <td>{q.lizenz || '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      <h2 id="stichtage">Stichtage</h2>
      <ul>
        {Object.entries(manifest.stichtage).map(([ds, st]) => (
          <li key={ds}>
            {ds}: {st.map((d) => fmtDatum(d)).join(', ')}
          </li>
        ))}
      </ul>
      <p>
        Lizenz der Daten: {kommune.lizenz.name}. Namensnennung: {kommune.lizenz.namensnennung}.
      </p>
    </div>
  );
}
