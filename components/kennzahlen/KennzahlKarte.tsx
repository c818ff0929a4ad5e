import { ProvenanceBadge } from '@/components/ProvenanceBadge';
import { fmtDatum } from '@/lib/format';
import type { Sprache } from '@/lib/i18n/sprache';
import { woerter } from '@/lib/i18n/woerter';
import type { Kennzahl, QuelleOut } from '@/lib/published';
import { fmtAenderung, fmtKennzahl } from './format';

interface Props {
  k: Kennzahl;
  quellen: Map<string, QuelleOut>;
  sprache?: Sprache;
}

/** One key figure with its Stand, change, source(s) and official/illustrative mark. */
export function KennzahlKarte({ k, quellen, sprache = 'de' }: Props) {
  const w = woerter(sprache);
  const aenderung = fmtAenderung(k, sprache);
  const label = (x: Kennzahl) => (sprache === 'de' ? x.label : ((w.kennzahl as Record<string, string>)[x.id] ?? x.label));
  const q = k.quellen.map((id) => quellen.get(id)).filter((x): x is QuelleOut => x !== undefined);
  return (
    <article className={`kennzahl${k.illustrativ ? ' is-ill' : ''}`} data-testid={`kennzahl-${k.id}`} aria-labelledby={`kz-${k.id}`}>
      <h3 id={`kz-${k.id}`}>{label(k)}</h3>
      <p className="wert" data-testid="wert">
        {fmtKennzahl(k, sprache)}
      </p>
      <p className="meta">
        <span data-testid="stand">
          {w.start.stand} {fmtDatum(k.stichtag, sprache)}
        </span>{' '}
        <ProvenanceBadge illustrativ={k.illustrativ} sprache={sprache} />
      </p>
      {aenderung && (
        <p className="aenderung" data-testid="aenderung">
          {aenderung}
          {k.ohneVorperiode && sprache === 'de' && <span className="klein"> ({k.ohneVorperiode})</span>}
        </p>
      )}
      {k.teile && (
        <dl className="teile">
          {k.teile.map((t) => (
            <div key={t.id} data-testid={`teil-${t.id}`}>
              <dt>{label(t)}</dt>
              <dd>{fmtKennzahl(t, sprache)}</dd>
            </div>
          ))}
        </dl>
      )}
      <p className="quelle">
        {w.start.quelle}:{' '}
        {q.map((s, i) => (
          <span key={s.id}>
            {i > 0 && '; '}
            {s.url ? <a href={s.url}>{s.herausgeber}</a> : s.herausgeber}, {s.titel}
          </span>
        ))}
        {k.formel && sprache === 'de' && <span className="formel">. {w.start.berechnet}: {k.formel}</span>}
      </p>
    </article>
  );
}
