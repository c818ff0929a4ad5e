import type { CSSProperties } from 'react';
import { BalkenChart } from '@/components/charts/BalkenChart';
import { StapelChart } from '@/components/charts/StapelChart';
import { fmtAenderung, fmtKennzahl } from '@/components/kennzahlen/format';
import { linienSvg } from '@/lib/bild/diagramme';
import { BEISPIEL_MUSTER, karteSvg, SCHRAFFUR } from '@/lib/bild/karte';
import { fmtDatum } from '@/lib/format';
import type { FolieDaten } from '@/lib/praesentation/folien';
import { diagramm } from '@/lib/i18n/diagramm';
import type { Sprache } from '@/lib/i18n/sprache';

interface Props {
  folie: FolieDaten;
  nummer: number;
  anzahl: number;
  namensnennung: string;
  sprache?: Sprache;
}

/** One slide: big title, the view, and a footer with Stand, source, licence and the counter. */
export function FolieAnsicht({ folie, nummer, anzahl, namensnennung, sprache = 'de' }: Props) {
  const { inhalt } = folie;
  const w = diagramm(sprache);
  // Lines of content the slide's type size is fitted to (the note under the view: about 70 characters a line).
  const namenZeilen = (p: { xLabel: string }) => (inhalt.art === 'balken' && inhalt.langeNamen ? Math.ceil(p.xLabel.length / 45) : 1);
  const zeilen = (inhalt.art === 'balken' ? inhalt.punkte.reduce((n, p) => n + namenZeilen(p), 0) + (inhalt.referenz ? 1 : 0) : inhalt.art === 'stapel' ? 6 : 1) + (folie.hinweis ? Math.ceil(folie.hinweis.length / 70) : 0);
  return (
    <section className={`folie art-${inhalt.art}${inhalt.art === 'balken' && inhalt.langeNamen ? ' lange-namen' : ''}`} aria-roledescription={w.praesentation.folie} aria-label={`${w.praesentation.nummer(nummer, anzahl)}: ${folie.titel}`} data-testid={`folie-${nummer}`} style={{ '--zeilen': zeilen } as CSSProperties}>
      <h2 className="folie-kopf" lang={folie.titelDeutsch ? 'de' : undefined}>
        {folie.titel}
      </h2>
      <div className="folie-inhalt">
        {inhalt.art === 'titel' && <p className="folie-untertitel">{inhalt.untertitel}</p>}
        {inhalt.art === 'kennzahlen' && (
          <ul className="fk-liste">
            {inhalt.kennzahlen.map((k) => (
              <li key={k.id} className={k.illustrativ ? 'ill' : undefined}>
                <span className="fk-wert">{fmtKennzahl(k, sprache)}</span>
                <span className="fk-label">{k.label}</span>
                <span className="fk-meta">
                  {fmtDatum(k.stichtag, sprache)}
                  {fmtAenderung(k, sprache) ? ` · ${fmtAenderung(k, sprache)}` : ''}
                  {k.illustrativ ? ` · ${w.beispieldaten}` : ''}
                </span>
              </li>
            ))}
          </ul>
        )}
        {inhalt.art === 'linie' && <SvgFlaeche {...linienSvg(inhalt.punkte, 560, 240, sprache)} breite={560} label={`${w.liniendiagramm}: ${folie.titel}`} />}
        {inhalt.art === 'balken' && <BalkenChart punkte={inhalt.punkte} referenz={inhalt.referenz} sprache={sprache} />}
        {inhalt.art === 'stapel' && <StapelChart punkte={inhalt.punkte} sprache={sprache} />}
        {inhalt.art === 'karte' && (
          <div className="folie-kartenflaeche">
            <SvgFlaeche {...karteSvg(inhalt.gebiete, [], 480, inhalt.hervor)} breite={480} label={w.karte.einbettenTitel(folie.titel)} />
            <ul className="folie-legende">
              {inhalt.legende.map((e) => (
                <li key={e.text}>
                  <span className={`feld${e.farbe === 'geheim' ? ' feld-geheim' : e.farbe === 'leer' ? ' feld-leer' : ''}`} style={e.farbe === 'geheim' || e.farbe === 'leer' ? undefined : { background: e.farbe }} aria-hidden="true" />
                  {e.text}
                </li>
              ))}
            </ul>
          </div>
        )}
        {folie.hinweis && (
          <p className="folie-hinweis" data-testid="folie-hinweis">
            {folie.hinweis}
          </p>
        )}
      </div>
      <footer className="folie-fuss">
        <span>
          {w.stand}: {folie.stand}. {w.quelle}: {folie.quelle}.{folie.illustrativ ? w.praesentation.ill : ''} {namensnennung}.
        </span>
        <span className="folie-nummer">
          {nummer} / {anzahl}
        </span>
      </footer>
    </section>
  );
}

function SvgFlaeche({ svg, hoehe, breite, label }: { svg: string; hoehe: number; breite: number; label: string }) {
  return <svg className="folie-svg" viewBox={`0 0 ${breite} ${hoehe}`} preserveAspectRatio="xMidYMid meet" role="img" aria-label={label} dangerouslySetInnerHTML={{ __html: `<defs>${SCHRAFFUR}${BEISPIEL_MUSTER}</defs>${svg}` }} />;
}
