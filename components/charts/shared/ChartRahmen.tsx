import type { ReactNode } from 'react';
import type { Punkt } from '@/lib/themen/model';
import type { Referenz } from '@/lib/themen/punkte';
import { mitReferenz } from '@/lib/themen/tabelle';
import { packen } from '@/lib/themen/gepackt';
import { bildText, type BildInhalt } from '@/lib/bild/bild';
import { kurzfassung } from '@/lib/charts/kurzfassung';
import { diagramm } from '@/lib/i18n/diagramm';
import type { Sprache } from '@/lib/i18n/sprache';
import { Herunterladen } from './Herunterladen';
import { Datentabelle } from './Datentabelle';
import { EinbettenDialog } from './EinbettenDialog';
import { LinkKopieren } from './LinkKopieren';
import { AnsichtHinweis } from './AnsichtHinweis';

export interface Herkunft {
  /** Source id → "Herausgeber: Titel". */
  quellen: Record<string, string>;
  namensnennung: string;
  /** Address prefix of this page's embeds (…/einbetten/<thema>/); without it no "Einbetten". */
  einbetten?: string;
  /** Query string of the embed address (one embed page for many areas: ?gebiet=…). */
  einbettenSuche?: string;
  /** Heading level of the chart's title: 2 under the page's h1, 3 under a section, 1 alone in an embed. */
  ebene?: 1 | 2 | 3;
  /** The page's language (absent: German). */
  sprache?: Sprache;
}

interface Props extends Herkunft {
  id: string;
  titel: string;
  beschreibung: string;
  punkte: Punkt[];
  /** Chart type, for the image export. */
  art: 'linie' | 'balken' | 'stapel';
  /** What the image export draws, when not the chart of `art` (the map). */
  bild?: BildInhalt;
  /** Extra line in exported images (e.g. the geometry's attribution). */
  bildHinweis?: string;
  tabellenKopf: string;
  dateiname: string;
  steuerung?: ReactNode;
  /** The bar chart's reference value (dashed line): drawn in images, a row of the CSV. */
  referenz?: Referenz | null;
  /** Values from the address that do not exist here (the card shows its default view instead). */
  falsch?: string[];
  children: ReactNode;
}

/**
 * Everything around a chart: title, one-sentence description, selectors, the chart, Stand and
 * sources, the licence line, the table alternative and the CSV of exactly the shown numbers.
 */
export function ChartRahmen({ id, titel, beschreibung, punkte, art, bild, bildHinweis, tabellenKopf, dateiname, steuerung, referenz, falsch = [], children, quellen, namensnennung, einbetten, einbettenSuche = '', ebene = 2, sprache = 'de' }: Props) {
  const H = ebene === 1 ? 'h1' : ebene === 3 ? 'h3' : 'h2';
  const w = diagramm(sprache);
  // Footer and image export say the same: one text from the points.
  const text = bildText(punkte, titel, beschreibung, quellen, namensnennung, sprache, bildHinweis);
  const { stand, quelle } = text;
  const hatIll = punkte.some((p) => p.illustrativ);
  const csvPunkte = mitReferenz(punkte, referenz);
  return (
    <figure className="chart" id={id} data-testid={`chart-${id}`} aria-labelledby={`${id}-titel`} aria-describedby={`${id}-kurz`}>
      <H id={`${id}-titel`}>{titel}</H>
      {/* Announced when a selector changes what the chart shows (Stichtag, level, measure). */}
      <p className="chart-beschreibung" aria-live="polite" aria-atomic="true" data-testid="chart-beschreibung">
        {beschreibung}
      </p>
      {steuerung && <div className="steuerung">{steuerung}</div>}
      <AnsichtHinweis falsch={falsch} sprache={sprache} />
      {hatIll && (
        <p className="chart-ill" data-testid="chart-beispieldaten">
          <span className="badge badge-ill">{w.beispieldaten}</span> {w.illHinweis}
        </p>
      )}
      <div className="chart-flaeche">{children}</div>
      {/* What the chart shows, in words generated from the same points as its table. */}
      <p className="chart-kurz" id={`${id}-kurz`} aria-live="polite" data-testid="chart-kurz">
        <strong>{w.kurz}:</strong> {kurzfassung(punkte, art, sprache)}
      </p>
      <figcaption className="chart-fuss">
        <span>
          {w.stand}: {stand}.
        </span>{' '}
        <span>
          {w.quelle}: {quelle}.
        </span>{' '}
        <span>{namensnennung}.</span>
      </figcaption>
      <details className="chart-tabelle">
        <summary>{w.tabelleAnzeigen}</summary>
        <Datentabelle id={id} punkte={csvPunkte} kopf={tabellenKopf} caption={titel} sprache={sprache} />
      </details>
      <div className="chart-werkzeuge">
        <Herunterladen
          // Packed (a compact attribute, lib/themen/gepackt.ts); the CSV is made from the chart's
          // points and reference unless the image draws something else.
          inhalt={bild ?? { art, punkte: packen(punkte), referenz }}
          text={text}
          dateiname={dateiname}
          sprache={sprache}
          csv={{ ...(bild ? { punkte: packen(csvPunkte) } : {}), quellen: Object.fromEntries([...new Set(csvPunkte.map((p) => p.quelle))].map((q) => [q, quellen[q] ?? q])), namensnennung }}
        />
        {ebene !== 1 && <LinkKopieren id={id} sprache={sprache} />}
        {einbetten && <EinbettenDialog url={`${einbetten}${id}/${einbettenSuche}`} titel={titel} sprache={sprache} />}
      </div>
    </figure>
  );
}
