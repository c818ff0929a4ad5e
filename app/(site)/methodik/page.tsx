import type { Metadata } from 'next';
import { TabellenKopf } from '@/components/charts/shared/TabellenKopf';
import { loadKommune, loadManifest, loadQuellen } from '@/lib/data';
import { fmtDatum, GEHEIM_ZEICHEN } from '@/lib/format';

export const metadata: Metadata = { title: 'Methodik und Glossar', description: 'Begriffe, Quellen, Zeichen und Kennzeichnungen des Integrationsatlas.' };

const BEGRIFFE: [string, string][] = [
  ['Migrationshintergrund', 'Eine Person hat einen Migrationshintergrund, wenn sie selbst oder mindestens ein Elternteil die deutsche Staatsangehörigkeit nicht durch Geburt besitzt. Dazu gehören Ausländerinnen und Ausländer, Eingebürgerte, (Spät-)Aussiedlerinnen und (Spät-)Aussiedler sowie deren Kinder.'],
  ['Ausländerinnen und Ausländer', 'Personen ohne deutsche Staatsangehörigkeit, einschließlich Staatenloser und Personen mit ungeklärter Staatsangehörigkeit. Deutsche mit einer weiteren Staatsangehörigkeit zählen nicht dazu.'],
  ['Schutzsuchende', 'Ausländerinnen und Ausländer, die sich unter Berufung auf humanitäre Gründe in Deutschland aufhalten (Abgrenzung der amtlichen Schutzsuchendenstatistik, Destatis 12531). Diese Zahl ist nicht gleichbedeutend mit den Flüchtlingszahlen der Stadt, die Landeseinrichtungen nicht enthalten.'],
  ['Bleibeperspektive', 'Aussicht auf ein dauerhaftes Bleiberecht während des laufenden Asylverfahrens; das Bundesamt für Migration und Flüchtlinge nimmt sie bei Herkunftsländern mit hoher Schutzquote an. Die Stadt ordnet Anerkannte und Menschen mit Bleibeperspektive der vorrangigen Integration zu, Menschen ohne Bleibeperspektive und Geduldete der vorrangigen Rückführung.'],
  ['Duldung / vollziehbar ausreisepflichtig', 'Personen, deren Asylverfahren abgeschlossen ist und die ausreisen müssen; die Abschiebung ist vorübergehend ausgesetzt (Duldung), etwa weil Reisedokumente fehlen.'],
  ['EU-2', 'Bulgarien und Rumänien, seit dem 1. Januar 2007 Mitglieder der Europäischen Union; seit 2014 gilt für ihre Staatsangehörigen die volle Arbeitnehmerfreizügigkeit.'],
  ['Stichtag (Stand)', 'Der Tag, auf den sich eine Zahl bezieht, meist der 31. Dezember eines Jahres.'],
];

export default function MethodikSeite() {
  const kommune = loadKommune();
  const quellen = loadQuellen();
  const manifest = loadManifest();
  return (
    <div className="wrap methodik">
      <h1>Methodik und Glossar</h1>
      <h2 id="begriffe">Begriffe</h2>
      <dl>
        {BEGRIFFE.map(([b, d]) => (
          <div key={b}>
            <dt>{b}</dt>
            <dd>{d}</dd>
          </div>
        ))}
      </dl>
      <h2 id="zeichen">Zeichen in Tabellen und Downloads</h2>
      <table className="daten" data-testid="zeichen-legende">
        <TabellenKopf spalten={['Zeichen', 'Bedeutung']} />
        <tbody>
          <tr>
            <td>–</td>
            <td>nichts vorhanden (genau null)</td>
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
      <h2 id="kennzeichnung">Amtliche Werte, Beispieldaten und Geheimhaltung</h2>
      <p>
        Jeder Wert nennt seine Quelle. <strong>Amtlich</strong> sind Werte aus der amtlichen Statistik oder von der Stadtverwaltung.{' '}
        <strong>Beispieldaten</strong> sind illustrativ: Sie wurden für {kommune.ebenen.sozialraum.plural} und {kommune.ebenen.wohnbereich.plural} so erzeugt,
        dass sie sich zu den amtlichen Stadtsummen addieren, sind aber keine echten Zahlen. Sie sind überall gekennzeichnet: als Schild „Beispieldaten“,
        schraffiert in Balken, gestrichelt mit offenen Punkten in Linien, mit * in Tabellen und in der Spalte „kennzeichnung“ jedes Downloads.
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
        gesperrt wie nötig (sekundäre Sperrung) – über die Gebietshierarchie ({kommune.ebenen.wohnbereich.plural} → {kommune.ebenen.sozialraum.singular} →
        Stadt), über die Teile einer Summe (Aufenthaltsstatus und die Gruppen „vorrangig Integration/Rückführung“, Bulgarien und Rumänien gegenüber EU-2,
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
      <table className="daten" data-testid="quellen-tabelle">
        <TabellenKopf spalten={['Quelle', 'Herausgeber', 'Art', 'Lizenz']} />
        <tbody>
          {quellen.map((q) => (
            <tr key={q.id} id={`quelle-${q.id}`}>
              <td>
                {q.url ? <a href={q.url}>{q.titel}</a> : q.titel}
                {q.beschreibung && <div className="quelle-beschreibung">{q.beschreibung}</div>}
              </td>
              <td>{q.herausgeber}</td>
              <td>{q.art === 'amtlich' ? 'amtlich' : 'Beispieldaten'}</td>
              <td>{q.lizenz || '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 id="stichtage">Stichtage</h2>
      <ul>
        {Object.entries(manifest.stichtage).map(([ds, st]) => (
          <li key={ds}>
            {ds}: {st.map(fmtDatum).join(', ')}
          </li>
        ))}
      </ul>
      <p>
        Lizenz der Daten: {kommune.lizenz.name}. Namensnennung: {kommune.lizenz.namensnennung}.
      </p>
    </div>
  );
}
