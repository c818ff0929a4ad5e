import type { Sprache } from './sprache';

/**
 * Text of the legal pages (Impressum, Datenschutz, Erklärung zur Barrierefreiheit) per language.
 * The German version is the legally binding one; the English one says so. `en` must have every
 * key of `de` (type check).
 */
const de = {
  verbindlich: '',
  fehlt: 'noch nicht eingetragen',
  impressum: {
    titel: 'Impressum',
    beschreibung: 'Anbieter, Anschrift und Verantwortliche des Integrationsatlas.',
    anbieter: 'Anbieter',
    anschrift: 'Anschrift',
    kontakt: 'Kontakt',
    email: 'E-Mail',
    telefon: 'Telefon',
    verantwortlich: 'Inhaltlich verantwortlich',
    vollstaendig: 'Vollständiges Impressum der Kommune',
    daten: 'Daten und Lizenz',
    datenText: (herausgeber: string) => `Herausgeber der Daten: ${herausgeber}. Die Daten stehen unter der`,
    nennen: 'bitte nennen Sie',
    quellen: 'Quellen und Kennzeichnungen',
    methodik: 'Methodik',
    siehe: 'Siehe auch',
    datenschutz: 'Datenschutz',
    barrierefreiheit: 'Erklärung zur Barrierefreiheit',
  },
  datenschutz: {
    titel: 'Datenschutz',
    beschreibung: 'Welche Daten beim Besuch des Integrationsatlas anfallen – und welche nicht.',
    lead: 'Der Integrationsatlas setzt keine Cookies, misst keine Besuche und lädt nichts von anderen Servern. Er veröffentlicht keine Angaben über einzelne Menschen.',
    verantwortlich: 'Verantwortlich',
    beauftragter: 'Datenschutzbeauftragte Stelle',
    anfaellt: 'Was beim Besuch anfällt',
    protokolleTitel: 'Server-Protokolle:',
    protokolle:
      'Der Server, der diese Seiten ausliefert, kann technisch notwendige Zugriffsdaten (IP-Adresse, Zeitpunkt, abgerufene Adresse, Browserkennung) protokollieren, um den Betrieb zu sichern (Art. 6 Abs. 1 lit. e DSGVO). Betrieb und Speicherdauer:',
    wahlTitel: 'Ihre Darstellungswahl',
    wahl: '(Farbschema, Kontrast) wird nur in Ihrem Browser gespeichert (localStorage) und nie übertragen.',
    dritteTitel: 'Keine Dritten:',
    dritte: 'keine Cookies, keine Analyse- oder Werbedienste, keine Schriften oder Skripte fremder Server.',
    kacheln: (host: string, namensnennung: string) => ` Nur die Hintergrundkarte wird von ${host} geladen (${namensnennung}); dieser Server erhält dabei Ihre IP-Adresse.`,
    ohneKacheln: ' Auch die Karte kommt ohne Kartendienst eines Dritten aus.',
    zahlenTitel: 'Die veröffentlichten Zahlen',
    zahlen: 'sind Summen über viele Menschen; kleine Zahlen werden vor der Veröffentlichung gesperrt (siehe',
    geheimhaltung: 'Geheimhaltung',
    rechte: 'Ihre Rechte',
    rechteText:
      'Sie haben das Recht auf Auskunft, Berichtigung, Löschung, Einschränkung der Verarbeitung und Widerspruch (Art. 15–21 DSGVO) gegenüber der verantwortlichen Stelle und das Recht, sich bei der Aufsichtsbehörde zu beschweren:',
  },
  barrierefreiheit: {
    titel: 'Erklärung zur Barrierefreiheit',
    beschreibung: 'Stand der Barrierefreiheit des Integrationsatlas, Barrieren melden, Schlichtung.',
    lead: (anbieter: string) =>
      `${anbieter} bemüht sich, den Integrationsatlas barrierefrei zugänglich zu machen – nach dem Behindertengleichstellungsgesetz NRW, der Barrierefreie-Informationstechnik-Verordnung (BITV 2.0 / BITV NRW) und den Web Content Accessibility Guidelines (WCAG) 2.1, Stufe AA.`,
    stand: 'Stand der Vereinbarkeit',
    teilweise: 'Diese Website ist teilweise mit den Anforderungen vereinbar. Nicht oder nicht ganz barrierefrei sind:',
    alternativen:
      'Zu jedem Diagramm gibt es eine Tabelle, eine Kurzfassung in Worten und die Zahlen als CSV; Diagramme sind per Tastatur bedienbar, Farben werden stets von Text, Mustern oder Beschriftungen begleitet, und die Seiten funktionieren im Kontrastmodus, im dunklen Farbschema, vergrößert auf 400 % und ausgedruckt.',
    erstellung: 'Erstellung dieser Erklärung',
    standDatum: 'Stand',
    methode: 'Methode',
    melden: 'Barrieren melden',
    meldenText: 'Ist Ihnen eine Barriere aufgefallen, oder brauchen Sie Inhalte in einer anderen Form? Schreiben Sie uns:',
    betreff: (name: string) => `Barriere im Integrationsatlas ${name}`,
    formular: 'Formular „Barriere melden“',
    oder: 'oder',
    frist: 'Wir antworten in angemessener Frist.',
    schlichtung: 'Schlichtungsverfahren',
    schlichtungVor: 'Bleibt Ihre Meldung ohne zufriedenstellende Antwort, können Sie sich an die',
    schlichtungNach: 'wenden',
    schlichtungEnde: 'Sie vermittelt kostenfrei zwischen Ihnen und der öffentlichen Stelle.',
  },
};

export type RechtTexte = typeof de;

const en: RechtTexte = {
  verbindlich: 'This is a translation; the German version is the legally binding one.',
  fehlt: 'not entered yet',
  impressum: {
    titel: 'Legal notice (Impressum)',
    beschreibung: 'Provider, address and persons responsible for the Integration Atlas.',
    anbieter: 'Provider',
    anschrift: 'Address',
    kontakt: 'Contact',
    email: 'E-mail',
    telefon: 'Telephone',
    verantwortlich: 'Responsible for the content',
    vollstaendig: "The municipality's full legal notice",
    daten: 'Data and licence',
    datenText: (herausgeber: string) => `Publisher of the data: ${herausgeber}. The data are published under the`,
    nennen: 'please attribute',
    quellen: 'Sources and marks',
    methodik: 'Methods',
    siehe: 'See also',
    datenschutz: 'Privacy',
    barrierefreiheit: 'Accessibility statement',
  },
  datenschutz: {
    titel: 'Privacy (Datenschutz)',
    beschreibung: 'What data arise when you visit the Integration Atlas – and what do not.',
    lead: 'The Integration Atlas sets no cookies, does not measure visits and loads nothing from other servers. It publishes no information about individual people.',
    verantwortlich: 'Controller',
    beauftragter: 'Data protection officer',
    anfaellt: 'What arises when you visit',
    protokolleTitel: 'Server logs:',
    protokolle:
      'The server delivering these pages may log technically necessary access data (IP address, time, requested address, browser identification) to keep it running (Art. 6(1)(e) GDPR). Operation and retention:',
    wahlTitel: 'Your display choice',
    wahl: '(colour scheme, contrast) is stored only in your browser (localStorage) and never transmitted.',
    dritteTitel: 'No third parties:',
    dritte: 'no cookies, no analytics or advertising services, no fonts or scripts from other servers.',
    kacheln: (host: string, namensnennung: string) => ` Only the background map is loaded from ${host} (${namensnennung}); that server receives your IP address.`,
    ohneKacheln: ' The map, too, works without a third-party map service.',
    zahlenTitel: 'The published figures',
    zahlen: 'are sums over many people; small counts are withheld before publication (see',
    geheimhaltung: 'privacy protection',
    rechte: 'Your rights',
    rechteText:
      'You have the right of access, rectification, erasure, restriction of processing and objection (Art. 15–21 GDPR) towards the controller, and the right to lodge a complaint with the supervisory authority:',
  },
  barrierefreiheit: {
    titel: 'Accessibility statement (Erklärung zur Barrierefreiheit)',
    beschreibung: 'How accessible the Integration Atlas is, how to report a barrier, conciliation.',
    lead: (anbieter: string) =>
      `${anbieter} strives to make the Integration Atlas accessible – under the Disability Equality Act of North Rhine-Westphalia, the Barrier-free Information Technology Ordinance (BITV 2.0 / BITV NRW) and the Web Content Accessibility Guidelines (WCAG) 2.1, level AA.`,
    stand: 'Compliance status',
    teilweise: 'This website is partially compliant. Not or not fully accessible are:',
    alternativen:
      'Every chart has a table, a summary in words and its figures as CSV; charts can be operated by keyboard, colour is always accompanied by text, patterns or labels, and the pages work in high-contrast mode, in the dark colour scheme, zoomed to 400 % and printed.',
    erstellung: 'Preparation of this statement',
    standDatum: 'Date',
    methode: 'Method',
    melden: 'Report a barrier',
    meldenText: 'Have you found a barrier, or do you need content in another form? Write to us:',
    betreff: (name: string) => `Barrier in the Integration Atlas ${name}`,
    formular: 'form “Barriere melden”',
    oder: 'or',
    frist: 'We will answer within a reasonable time.',
    schlichtung: 'Conciliation procedure',
    schlichtungVor: 'If your report does not receive a satisfactory answer, you can contact the',
    schlichtungNach: '',
    schlichtungEnde: 'It mediates free of charge between you and the public body.',
  },
};

export const rechtTexte = (s: Sprache): RechtTexte => (s === 'de' ? de : en);
