import { fmtDatum } from '@/lib/format';
import { linear, niceTicks } from '@/lib/charts/scale';
import type { Punkt } from '@/lib/themen/model';
import { fmtIn, fmtPunkt } from './shared/format';
import { farbe } from '@/lib/charts/palette';
import { PunktNavigation } from './PunktNavigation';
import { diagramm } from '@/lib/i18n/diagramm';
import type { Sprache } from '@/lib/i18n/sprache';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** One SVG of the line chart at a given width (the page renders a wide and a narrow one). */
function Svg({ punkte, breite, hoehe, sprache }: { punkte: Punkt[]; breite: number; hoehe: number; sprache: Sprache }) {
  const w = diagramm(sprache);
  const reihen = [...new Map(punkte.map((p) => [p.reihe, p.reiheLabel])).keys()];
  const einheit = punkte[0]?.einheit ?? 'Anzahl';
  // The narrow drawing is shrunk on a phone: larger type there keeps axis labels legible (≥ 11 px at 320 px).
  const schmal = breite < 500;
  const rand = { l: schmal ? 70 : 76, r: 16, t: 14, b: schmal ? 36 : 30 };
  const xs = punkte.map((p) => day(p.stichtag));
  const [t0, t1] = [Math.min(...xs), Math.max(...xs)];
  const ticksY = niceTicks(Math.max(0, ...punkte.map((p) => p.wert ?? 0)), breite < 500 ? 4 : 5);
  const x = linear([t0, t1], [rand.l, breite - rand.r]);
  const y = linear([0, ticksY.at(-1) ?? 1], [hoehe - rand.b, rand.t]);
  const jahre = [...new Set(punkte.map((p) => Number(p.stichtag.slice(0, 4))))];
  const jeder = schmal ? Math.ceil(jahre.length / 4) : 1;
  return (
    <svg viewBox={`0 0 ${breite} ${hoehe}`} className={`linien-svg${schmal ? ' schmal' : ''}`} role="img" aria-label={`${w.liniendiagramm}: ${[...new Set(punkte.map((p) => p.reiheLabel))].join(', ')}`}>
      {ticksY.map((t) => (
        <g key={t}>
          <line x1={rand.l} x2={breite - rand.r} y1={y(t)} y2={y(t)} className="gitter" />
          <text x={rand.l - 6} y={y(t)} dy="0.32em" textAnchor="end" className="achse">
            {fmtIn(t, einheit, sprache)}
          </text>
        </g>
      ))}
      {jahre.map((j, i) =>
        i % jeder === 0 ? (
          <text key={j} x={x(Date.UTC(j, 11, 31))} y={hoehe - (schmal ? 10 : 8)} textAnchor="middle" className="achse">
            {j}
          </text>
        ) : null,
      )}
      {[...new Map(punkte.filter((p) => p.bruch).map((p) => [p.bruch?.stichtag, p.bruch])).values()].map((b) =>
        b ? (
          <g key={b.stichtag} className="bruch" data-testid="reihenbruch">
            <title>{b.text}</title>
            <line x1={x(day(b.stichtag)) - 6} x2={x(day(b.stichtag)) - 6} y1={rand.t} y2={hoehe - rand.b} />
            <text x={x(day(b.stichtag)) - 9} y={rand.t + 10} textAnchor="end" className="achse">
              {w.bruch}
            </text>
          </g>
        ) : null,
      )}
      {reihen.map((r, ri) => {
        const pts = punkte.filter((p) => p.reihe === r && p.wert !== null).sort((a, b) => a.stichtag.localeCompare(b.stichtag));
        return (
          <g key={r} style={{ color: farbe(ri) }}>
            {pts.slice(1).map((p, i) => {
              const a = pts[i] as Punkt;
              // Across a break in series the values are not comparable: no connecting line.
              if (p.bruch) return null;
              return <line key={p.stichtag} x1={x(day(a.stichtag))} y1={y(a.wert ?? 0)} x2={x(day(p.stichtag))} y2={y(p.wert ?? 0)} className={`linie${a.illustrativ || p.illustrativ ? ' ill' : ''}`} />;
            })}
            {pts.map((p) => (
              <circle
                key={p.stichtag}
                cx={x(day(p.stichtag))}
                cy={y(p.wert ?? 0)}
                r={4.5}
                className={`punkt${p.illustrativ ? ' ill' : ''}`}
                data-reihe={p.reihe}
                data-stichtag={p.stichtag}
              >
                {/* The point's words, once: the tooltip, and what the keyboard navigation reads out. */}
                <title>{`${p.reiheLabel}, ${fmtDatum(p.stichtag, sprache)}: ${fmtPunkt(p, sprache)}${p.illustrativ ? ` (${w.beispieldaten})` : ''}${p.bruch ? `; ${p.bruch.text}` : ''}`}</title>
              </circle>
            ))}
          </g>
        );
      })}
    </svg>
  );
}

/**
 * Time series on a true time axis (Stichtage are not evenly spaced). Illustrative values are
 * open points on dashed lines. Pure SVG: in the static HTML, no script needed to read it.
 */
export function LinienChart({ punkte, klein = false, sprache = 'de' }: { punkte: Punkt[]; klein?: boolean; sprache?: Sprache }) {
  const w = diagramm(sprache);
  const reihen = [...new Map(punkte.map((p) => [p.reihe, p.reiheLabel])).entries()];
  const hatIll = punkte.some((p) => p.illustrativ);
  const hatBruch = punkte.some((p) => p.bruch);
  return (
    <div className="linien">
      <PunktNavigation label={w.punktNavigation}>
        {klein ? (
          <Svg punkte={punkte} breite={360} hoehe={220} sprache={sprache} />
        ) : (
          <>
            <div className="nur-breit">
              <Svg punkte={punkte} breite={720} hoehe={300} sprache={sprache} />
            </div>
            <div className="nur-schmal">
              <Svg punkte={punkte} breite={360} hoehe={240} sprache={sprache} />
            </div>
          </>
        )}
      </PunktNavigation>
      {(reihen.length > 1 || hatIll || hatBruch) && (
        <ul className="legende">
          {reihen.map(([id, label], i) => (
            <li key={id}>
              <span className="farbfeld" style={{ backgroundColor: farbe(i) }} /> {label}
            </li>
          ))}
          {hatIll && (
            <li>
              <svg width="28" height="10" aria-hidden="true">
                <line x1="0" y1="5" x2="28" y2="5" className="linie ill" style={{ color: '#555' }} />
              </svg>{' '}
              {w.legendeGestrichelt}
            </li>
          )}
          {hatBruch && (
            <li>
              <svg width="10" height="14" aria-hidden="true" className="bruch">
                <line x1="5" y1="0" x2="5" y2="14" />
              </svg>{' '}
              {w.legendeBruch}
            </li>
          )}
        </ul>
      )}
    </div>
  );
}
