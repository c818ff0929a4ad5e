/**
 * The frame script: the behaviour of the header and footer of every page (search, display
 * choice, language link), of the print button, the search page, a chart's tools (moving
 * between its points, copying its link and embed code, its downloads), sortable tables, the
 * names on a static map that would overlap and an embed's height, without the framework's
 * runtime; and loading that runtime where a page needs it only on request.
 * Bundled by the build into one small file under /_next/static/chunks/ (scripts/ohne-laufzeit.ts)
 * and loaded with `defer` by every page that shows any of them; pages without any other
 * interactive part load nothing else.
 */
import { kartenBeschriftungen } from './beschriftung';
import { darstellungWahl } from './darstellung';
import { druckenKnopf } from './drucken';
import { herunterladenKnoepfe } from './herunterladen';
import { hoeheMelden } from './hoehe';
import { kopieren } from './kopieren';
import { laufzeitAufAbruf } from './laufzeit';
import { punktNavigation } from './punkte';
import { sprachWechsel } from './sprachwechsel';
import { suchFeld } from './suchfeld';
import { suchSeite } from './suchseite';
import { tabellen } from './tabelle';

document.querySelectorAll<HTMLFormElement>('form[data-rahmen="suche"]').forEach(suchFeld);
document.querySelectorAll<HTMLFieldSetElement>('fieldset[data-rahmen="darstellung"]').forEach(darstellungWahl);
document.querySelectorAll<HTMLElement>('[data-rahmen="suchseite"]').forEach(suchSeite);
sprachWechsel(document);
druckenKnopf(document);
kopieren(document);
punktNavigation(document);
tabellen(document);
herunterladenKnoepfe(document);
hoeheMelden(document);
kartenBeschriftungen(document);
laufzeitAufAbruf(document);
