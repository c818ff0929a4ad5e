/**
 * The terms the pages use, one definition each (law and official statistics, not local rules):
 * /methodik/ lists them all, topic pages show theirs. What a municipality counts its own way
 * (e.g. which refugees it counts) comes from its data folder (kommune.json `begriffe`), added
 * to the general definition, never written here.
 */
export interface Begriff {
  id: string;
  begriff: string;
  definition: string;
}

export const BEGRIFFE = [
  {
    id: 'migrationshintergrund',
    begriff: 'Migrationshintergrund',
    definition:
      'Eine Person hat einen Migrationshintergrund, wenn sie selbst oder mindestens ein Elternteil nicht mit deutscher Staatsangehörigkeit geboren wurde (Definition des Statistischen Bundesamts im Mikrozensus). Dazu gehören Ausländerinnen und Ausländer, Eingebürgerte, (Spät-)Aussiedlerinnen und (Spät-)Aussiedler und die als Deutsche geborenen Kinder dieser Gruppen. Kommunale Zahlen werden meist aus dem Melderegister abgeleitet (etwa mit dem Verfahren MigraPro) und nähern diese Definition an; der Anteil wird im Atlas stets aus den Anzahlen berechnet (Personen mit Migrationshintergrund je 100 Einwohnerinnen und Einwohner).',
  },
  {
    id: 'auslaender',
    begriff: 'Ausländerinnen und Ausländer',
    definition:
      'Personen, die nicht Deutsche im Sinne des Art. 116 Abs. 1 Grundgesetz sind, einschließlich Staatenloser und Personen mit ungeklärter Staatsangehörigkeit; Deutsche mit einer weiteren Staatsangehörigkeit zählen nicht dazu. Die amtliche Ausländerstatistik (IT.NRW, Tabelle 12521) beruht auf dem Ausländerzentralregister (AZR), kommunale Zahlen auf dem Melderegister. Beide Register zählen verschieden; ein Wechsel zwischen ihnen ist ein Reihenbruch.',
  },
  {
    id: 'fluechtlinge',
    begriff: 'Flüchtlinge (Zählung der Kommune)',
    definition:
      'Menschen, die als Schutzsuchende nach Deutschland gekommen sind und in der Kommune wohnen, gegliedert nach Aufenthaltsstatus: anerkannt, im Asylverfahren (mit oder ohne Bleibeperspektive) und geduldet. Es ist eine Verwaltungszählung der Kommune, keine amtliche Statistik mit bundesweit einheitlicher Abgrenzung; sie ist mit der Schutzsuchendenstatistik nicht vergleichbar.',
  },
  {
    id: 'anerkannt',
    begriff: 'anerkannt',
    definition:
      'Personen, denen das Bundesamt für Migration und Flüchtlinge (BAMF) oder ein Gericht Schutz zuerkannt hat – Asylberechtigung (Art. 16a GG), Flüchtlingseigenschaft nach der Genfer Flüchtlingskonvention (§ 3 AsylG), subsidiärer Schutz (§ 4 AsylG) oder ein nationales Abschiebungsverbot (§ 60 Abs. 5 und 7 AufenthG). Sie haben eine Aufenthaltserlaubnis.',
  },
  {
    id: 'asylverfahren',
    begriff: 'im Asylverfahren, mit oder ohne Bleibeperspektive',
    definition:
      'Asylsuchende, über deren Antrag noch nicht unanfechtbar entschieden ist; sie haben eine Aufenthaltsgestattung (§ 55 AsylG). „Gute Bleibeperspektive“ ist eine Verwaltungskategorie des BAMF, nach der sich vor allem der Zugang zu Integrationskursen während des Verfahrens richtet (§ 44 Abs. 4 AufenthG): Sie wird Menschen aus Herkunftsländern zugeschrieben, deren Anträge zu mehr als 50 % Erfolg haben. Welche Länder das sind, legt das BAMF fest und hat es mehrfach geändert (2016 etwa Eritrea, Irak, Iran, Somalia und Syrien); Zahlen verschiedener Jahre sind in dieser Gliederung deshalb nur eingeschränkt vergleichbar. Über den einzelnen Antrag sagt die Kategorie nichts.',
  },
  {
    id: 'ausreisepflichtig',
    begriff: 'vollziehbar ausreisepflichtig',
    definition:
      'Personen ohne Aufenthaltsrecht, deren Pflicht zur Ausreise vollziehbar ist (§ 50, § 58 Abs. 2 AufenthG) – zum Beispiel nach unanfechtbarer Ablehnung eines Asylantrags, aber ebenso nach Ablauf eines Visums oder einer Aufenthaltserlaubnis, also nicht an ein Asylverfahren gebunden.',
  },
  {
    id: 'geduldet',
    begriff: 'geduldet (Duldung)',
    definition:
      'Eine Duldung (§ 60a AufenthG) ist die vorübergehende Aussetzung der Abschiebung einer vollziehbar ausreisepflichtigen Person, etwa weil Reisedokumente fehlen, aus gesundheitlichen Gründen oder während einer Ausbildung. Sie ist kein Aufenthaltstitel; die Ausreisepflicht bleibt bestehen. Geduldete sind eine Teilgruppe der vollziehbar Ausreisepflichtigen: Nicht jede ausreisepflichtige Person ist geduldet.',
  },
  {
    id: 'schutzsuchende',
    begriff: 'Schutzsuchende (Destatis, Tabelle 12531)',
    definition:
      'Amtliche Statistik aus dem Ausländerzentralregister: Ausländerinnen und Ausländer, die sich unter Berufung auf humanitäre Gründe in Deutschland aufhalten – mit offenem, anerkanntem oder abgelehntem Schutzstatus, auch in Landeseinrichtungen. Anders abgegrenzt und aus einem anderen Register als die Flüchtlingszählung der Kommune: Beide Zahlen stehen nebeneinander, werden aber nicht verglichen oder verrechnet.',
  },
  {
    id: 'eu2',
    begriff: 'EU-2',
    definition:
      'Bulgarien und Rumänien, seit dem 1. Januar 2007 Mitglieder der Europäischen Union; seit dem 1. Januar 2014 gilt für ihre Staatsangehörigen die volle Arbeitnehmerfreizügigkeit.',
  },
  {
    id: 'stichtag',
    begriff: 'Stichtag (Stand)',
    definition: 'Der Tag, auf den sich eine Zahl bezieht, meist der 31. Dezember eines Jahres. Jede Zahl im Atlas nennt ihren eigenen Stichtag.',
  },
  {
    id: 'reihenbruch',
    begriff: 'Reihenbruch',
    definition:
      'Eine Änderung der Quelle, des Registers, der Abgrenzung oder der Basis einer Fortschreibung (etwa vom Zensus 2011 auf den Zensus 2022). Werte davor und danach sind nicht vergleichbar: Diagramme zeigen eine senkrechte Linie „Bruch“ ohne Verbindungslinie, Tabellen das Zeichen ‖, Downloads die Spalte reihenbruch; eine Veränderung über einen Bruch hinweg wird nie berechnet.',
  },
  {
    id: 'beispieldaten',
    begriff: 'Beispieldaten',
    definition:
      'Erfundene, illustrative Werte für kleine Gebiete, solange die amtlichen nicht vorliegen – keine amtliche Statistik. Auch alles, was aus einem Beispielwert berechnet ist (Anteil, Veränderung, Rang, Summe, Vergleichslinie, Satz), gilt als Beispieldaten. Auf der Ebene der Stadt stehen nur amtliche Werte.',
  },
] as const satisfies readonly Begriff[];

export type BegriffId = (typeof BEGRIFFE)[number]['id'];

/** A term with the municipality's own addition (how it counts), if its data folder has one. */
export function begriff(id: BegriffId, lokal: Partial<Record<string, string>> = {}): Begriff & { lokal?: string } {
  const b = BEGRIFFE.find((x) => x.id === id) as Begriff;
  const l = lokal[id];
  return l ? { ...b, lokal: l } : { ...b };
}
