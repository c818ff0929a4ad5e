import type { BegriffId } from '../begriffe';

/**
 * The glossary in English, the German term beside each English one, so readers can match the
 * official German sources. Every term of lib/begriffe.ts must be here (a missing one fails the
 * type check).
 */
export const BEGRIFFE_EN: Record<BegriffId, { begriff: string; definition: string }> = {
  migrationshintergrund: {
    begriff: 'migration background (Migrationshintergrund)',
    definition:
      'A person has a migration background if they or at least one parent were not born with German citizenship (definition of the Federal Statistical Office in the microcensus). This includes foreign nationals, naturalised citizens, ethnic German resettlers ((Spät-)Aussiedler) and the children of these groups born as Germans. Municipal figures are usually derived from the population register (for example with the MigraPro method) and approximate this definition; the atlas always computes the share from the counts (people with a migration background per 100 inhabitants).',
  },
  auslaender: {
    begriff: 'foreign nationals (Ausländerinnen und Ausländer)',
    definition:
      'People who are not German within the meaning of Art. 116(1) of the Basic Law, including stateless persons and persons of unclear nationality; Germans with a second citizenship are not included. The official statistics on foreign nationals (IT.NRW, table 12521) are based on the Central Register of Foreign Nationals (Ausländerzentralregister, AZR), municipal figures on the population register. The two registers count differently; a change from one to the other is a break in series.',
  },
  fluechtlinge: {
    begriff: "refugees, the municipality's count (Flüchtlinge, Zählung der Kommune)",
    definition:
      'People who came to Germany seeking protection and live in the municipality, by residence status: recognised, in the asylum procedure (with or without good prospects to stay) and tolerated. It is an administrative count of the municipality, not official statistics with a nationwide definition; it cannot be compared with the statistics on persons seeking protection.',
  },
  anerkannt: {
    begriff: 'recognised (anerkannt)',
    definition:
      'People granted protection by the Federal Office for Migration and Refugees (BAMF) or a court – asylum (Art. 16a of the Basic Law), refugee status under the Geneva Convention (§ 3 AsylG), subsidiary protection (§ 4 AsylG) or a national ban on deportation (§ 60(5) and (7) AufenthG). They hold a residence permit.',
  },
  asylverfahren: {
    begriff: 'in the asylum procedure, with or without good prospects to stay (im Asylverfahren, mit oder ohne Bleibeperspektive)',
    definition:
      'Asylum seekers whose application has not yet been finally decided; they hold a permission to reside during the procedure (Aufenthaltsgestattung, § 55 AsylG). "Good prospects to stay" is an administrative category of the BAMF that mainly governs access to integration courses during the procedure (§ 44(4) AufenthG): it is assigned to people from countries of origin whose applications succeed in more than 50 % of cases. The BAMF sets these countries and has changed them several times (in 2016 for example Eritrea, Iraq, Iran, Somalia and Syria), so figures of different years are only partly comparable in this breakdown. The category says nothing about the individual application.',
  },
  ausreisepflichtig: {
    begriff: 'enforceably obliged to leave (vollziehbar ausreisepflichtig)',
    definition:
      'People without a right of residence whose obligation to leave is enforceable (§ 50, § 58(2) AufenthG) – for example after an asylum application has been finally rejected, but equally after a visa or residence permit has expired, so not tied to an asylum procedure.',
  },
  geduldet: {
    begriff: 'tolerated (geduldet, Duldung)',
    definition:
      'A toleration (Duldung, § 60a AufenthG) is the temporary suspension of the deportation of a person who is enforceably obliged to leave, for instance because travel documents are missing, for health reasons or during vocational training. It is not a residence title; the obligation to leave remains. Tolerated persons are a subgroup of those enforceably obliged to leave: not every such person is tolerated.',
  },
  schutzsuchende: {
    begriff: 'persons seeking protection (Schutzsuchende, Destatis table 12531)',
    definition:
      'Official statistics from the Central Register of Foreign Nationals: foreign nationals staying in Germany on humanitarian grounds – with an open, recognised or rejected protection status, also in state reception facilities. Defined differently and taken from another register than the municipality\'s refugee count: both figures stand side by side but are never compared or combined.',
  },
  eu2: {
    begriff: 'EU-2',
    definition: 'Bulgaria and Romania, members of the European Union since 1 January 2007; their citizens have had full freedom of movement for workers since 1 January 2014.',
  },
  stichtag: {
    begriff: 'reference date (Stichtag, Stand)',
    definition: 'The day a figure refers to, usually 31 December of a year. Every figure in the atlas names its own reference date.',
  },
  reihenbruch: {
    begriff: 'break in series (Reihenbruch)',
    definition:
      'A change of source, register, definition or base of an update (for example from the 2011 to the 2022 census). Values before and after are not comparable: charts show a vertical line “Break” without a connecting line, tables the sign ‖, downloads the column reihenbruch; a change across a break is never computed.',
  },
  beispieldaten: {
    begriff: 'example data (Beispieldaten)',
    definition:
      'Made-up, illustrative values for small areas while the official ones are not available – not official statistics. Everything computed from an example value (share, change, rank, sum, reference line, sentence) is example data too. At city level only official values are shown.',
  },
};
