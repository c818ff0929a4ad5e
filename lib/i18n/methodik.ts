import type { Sprache } from './sprache';

/**
 * The methods page in each language: one component (components/seiten/MethodikSeite.tsx), its texts
 * here. Texts with emphasis come as parts: [before, emphasised, after, …]. German is the source.
 */
const de = {
  titel: 'Methodik und Glossar',
  beschreibung: 'Begriffe, Quellen, Zeichen und Kennzeichnungen des Integrationsatlas.',
  angegeben: (datum: string, angegeben: string, zaehler: string, nenner: string, berechnet: string) =>
    `Zum Migrationshintergrund am ${datum}: Die Quelle nennt „ca. ${angegeben}“, aus ihren eigenen Zahlen (${zaehler} von ${nenner}) ergeben sich ${berechnet}. Gezeigt wird der berechnete Anteil.`,
  zeichenTitel: 'Zeichen in Tabellen und Downloads',
  zeichenTabelle: 'Tabelle: Zeichen in Tabellen und Downloads',
  zeichenKopf: ['Zeichen', 'Bedeutung'],
  nichts:
    'nichts vorhanden (genau null). Ausnahme: In Tabellen, die jede Zahl runden (Spalte „Rundung“ der Quellen, etwa IT.NRW 12521 auf 5), bedeutet – „nichts oder weniger, als die Rundung sichtbar macht“; der Atlas veröffentlicht dort den gerundeten Wert 0 wie jede andere gerundete Zahl.',
  unbekannt: 'Zahlenwert unbekannt',
  geheim: (schwelle: number) =>
    `aus Datenschutzgründen nicht ausgewiesen (geheim gehalten): weniger als ${schwelle} Personen, oder ein Wert, aus dem sich ein solcher errechnen ließe. In Downloads steht dafür das amtliche Zeichen „.“ mit dem Status „geheim“.`,
  gesperrt: 'Tabellenfach gesperrt, weil Aussage nicht sinnvoll',
  kennzeichnungTitel: 'Amtliche Werte, Beispieldaten und Geheimhaltung',
  kennzeichnung: (ebenen: string) => [
    'Jeder Wert nennt seine Quelle. ',
    'Amtlich',
    ' sind Werte aus der amtlichen Statistik oder von der Stadtverwaltung. ',
    'Beispieldaten',
    ` sind erfundene, illustrative Werte für ${ebenen}, keine amtliche Statistik. Wo eine amtliche Stadtsumme vorliegt, ergeben sie zusammen diese Summe; wo keine vorliegt, gibt es auch keine Stadtsumme – die Summe der Gebiete erscheint dann als eigene, gekennzeichnete Reihe, nie unter dem Namen der Stadt. Was aus einem Beispielwert berechnet ist (Anteil, Veränderung, Rang, Summe, Vergleichslinie, Satz), ist ebenfalls Beispieldaten; darüber entscheidet eine einzige Regel im Programm. Kennzeichnung überall: Schild „Beispieldaten“, weiß gestreifte Balken, gestrichelte Linien mit offenen Punkten, * in Tabellen und die Spalte „kennzeichnung“ jedes Downloads. Auf der Ebene der Stadt und in den Kennzahlen der Startseite stehen nur amtliche Werte, jeder mit seinem eigenen Stichtag; eine Veränderung wird nur zwischen zwei amtlichen Werten derselben Abgrenzung berechnet.`,
  ],
  schematisch: (beschreibung: string, grundlage: string) => ['Die Gebietsgrenzen sind ', 'schematisch', `: ${beschreibung} Grundlage: ${grundlage}.`],
  geheimhaltungTitel: 'Geheimhaltung',
  geheimhaltung: (schwelle: number, hierarchie: string, gruppen: string, gesperrt: string) =>
    `Bevor etwas veröffentlicht wird, werden kleine Zahlen über Menschen gesperrt: jede Anzahl von Personen unter ${schwelle} außer 0 (primäre Sperrung). Damit sich ein gesperrter Wert nicht aus veröffentlichten Summen zurückrechnen lässt, werden so viele weitere Werte gesperrt wie nötig (sekundäre Sperrung) – über die Gebietshierarchie (${hierarchie}), über die Teile einer Summe (Aufenthaltsstatus${gruppen ? ` und die Gruppen der Kommune ${gruppen}` : ''}, Bulgarien und Rumänien gegenüber EU-2, Geschlecht, Altersgruppen) und zwischen Datensätzen, die dieselben Personen zählen; jeder Stichtag für sich. Gewählt werden möglichst kleine Werte. Anteile, die aus einem gesperrten Wert berechnet würden, sind ebenfalls gesperrt. Ein automatischer Test versucht für jede gesperrte Zelle, sie aus den veröffentlichten Zahlen über diese Summen zu errechnen, und verhindert die Veröffentlichung, wenn das gelingt. Zurzeit gesperrt: ${gesperrt} Werte.`,
  stadt: 'Stadt',
  nieNull: (zeichen: string) =>
    `Nicht ausgewiesene Werte erscheinen nie als Null: In Balken steht „nicht ausgewiesen“, in Tabellen das Zeichen ${zeichen}, in der Karte eine Schraffur, im Tooltip der Grund. Anteile werden aus Anzahlen berechnet (je 100 bzw. je 1.000 Einwohnerinnen und Einwohner desselben Gebiets und Stichtags) und mit einer Nachkommastelle gezeigt. Die Ausländerstatistik von IT.NRW (Tabelle 12521) wird auf Vielfache von 5 gerundet veröffentlicht; deshalb ergeben die Länder zusammen nicht genau die Summe ihres Kontinents. Die Zahl aller Ausländerinnen und Ausländer ist die Summe der Kontinente.`,
  quellenTitel: 'Quellen',
  quellenHinweis: '',
  quellenTabelle: 'Tabelle: Quellen',
  quellenKopf: ['Quelle', 'Herausgeber', 'Art', 'Lizenz'],
  gerundet: (n: number) => `Jede Zahl auf ein Vielfaches von ${n} gerundet.`,
  fussnoten: 'Fußnoten der Quelle',
  stichtageTitel: 'Stichtage',
  lizenz: ['Lizenz der Daten: ', '. Namensnennung: ', '.'],
};

type MethodikTexte = typeof de;

const en: MethodikTexte = {
  titel: 'Methods and glossary',
  beschreibung: 'Terms, sources, signs and marks of the Integration Atlas.',
  angegeben: (datum: string, angegeben: string, zaehler: string, nenner: string, berechnet: string) =>
    `On the migration background at ${datum}: the source states “about ${angegeben}”; its own figures (${zaehler} of ${nenner}) give ${berechnet}. The computed share is shown.`,
  zeichenTitel: 'Signs in tables and downloads',
  zeichenTabelle: 'Table: signs in tables and downloads',
  zeichenKopf: ['Sign', 'Meaning'],
  nichts:
    'nil (exactly zero). Exception: in tables that round every figure (the column “rounding” of the sources, e.g. IT.NRW 12521 to 5), – means “nothing, or less than the rounding shows”; the atlas publishes the rounded value 0 there like any other rounded figure.',
  unbekannt: 'value unknown',
  geheim: (schwelle: number) =>
    `withheld to protect privacy: fewer than ${schwelle} people, or a value from which such a number could be computed. Downloads show the official sign “.” with the status “geheim”.`,
  gesperrt: 'cell blocked because a figure would not be meaningful',
  kennzeichnungTitel: 'Official values, example data and privacy',
  kennzeichnung: (ebenen: string) => [
    'Every value names its source. ',
    'Official',
    ' values come from official statistics or the city administration. ',
    'Example data',
    ` (Beispieldaten) are made-up, illustrative values for the ${ebenen}, not official statistics. Where an official city total exists, they add up to it; where none exists there is no city total either – the sum of the areas then stands as a series of its own, marked, never under the city's name. Whatever is computed from an example value (share, change, rank, sum, reference line, sentence) is example data too; one rule in the software decides. They are marked everywhere: the label “example data”, white-striped bars, dashed lines with open points, * in tables and the column “kennzeichnung” of every download. At city level and in the key figures of the home page only official values stand, each with its own reference date; a change is computed only between two official values of the same definition.`,
  ],
  schematisch: (beschreibung: string, grundlage: string) => ['The area boundaries are ', 'schematic', ` (description in German): ${beschreibung} Basis: ${grundlage}.`],
  geheimhaltungTitel: 'Privacy protection (Geheimhaltung)',
  geheimhaltung: (schwelle: number, hierarchie: string, gruppen: string, gesperrt: string) =>
    `Before anything is published, small counts of people are withheld: every count of persons below ${schwelle} except 0 (primary suppression). So that a withheld value cannot be recomputed from published sums, as many further values are withheld as needed (secondary suppression) – across the hierarchy of areas (${hierarchie}), across the parts of a sum (residence status${gruppen ? ` and the municipality's groups ${gruppen}` : ''}, Bulgaria and Romania against EU-2, sex, age groups) and between datasets that count the same people; each reference date on its own. The smallest possible values are chosen. Shares computed from a withheld value are withheld too. An automatic test tries to compute every withheld cell from the published figures across these sums and stops the publication if it succeeds. Currently withheld: ${gesperrt} values.`,
  stadt: 'city',
  nieNull: (zeichen: string) =>
    `Withheld values never appear as zero: bars say “withheld”, tables show the sign ${zeichen}, the map hatches the area, the tooltip gives the reason. Shares are computed from counts (per 100 or per 1,000 inhabitants of the same area and reference date) and shown with one decimal. The statistics on foreign nationals of IT.NRW (table 12521) are published rounded to multiples of 5; the countries therefore do not add up exactly to their continent. The number of all foreign nationals is the sum of the continents.`,
  quellenTitel: 'Sources',
  quellenHinweis: 'Sources are named as their publishers name them (in German).',
  quellenTabelle: 'Table: sources',
  quellenKopf: ['Source', 'Publisher', 'Kind', 'Licence'],
  gerundet: (n: number) => `Every figure rounded to a multiple of ${n}.`,
  fussnoten: 'Footnotes of the source (German)',
  stichtageTitel: 'Reference dates',
  lizenz: ['Licence of the data: ', '. Attribution: ', '.'],
};

export const METHODIK: Record<Sprache, MethodikTexte> = { de, en };
