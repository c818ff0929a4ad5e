import { ProvenanceBadge } from '@/components/ProvenanceBadge';
import { fmtDatum } from '@/lib/format';
import type { Kennzahl, QuelleOut } from '@/lib/published';
import { fmtAenderung, fmtKennzahl } from './format';

interface Props {
  k: Kennzahl;
  quellen: Map<string, QuelleOut>;
}

/** One key figure with its Stand, change, source(s) and official/illustrative mark. */
export function KennzahlKarte({ k, quellen }: Props) {
  const aenderung = fmtAenderung(k);
  const q = k.quellen.map((id) => quellen.get(id)).filter((x): x is QuelleOut => x !== undefined);
  return (
    <article className={`kennzahl${k.illustrativ ? ' is-ill' : ''}`} data-testid={`kennzahl-${k.id}`} aria-labelledby={`kz-${k.id}`}>
      <h3 id={`kz-${k.id}`}>{k.label}</h3>
      <p className="wert" data-testid="wert">
        {fmtKennzahl(k)}
      </p>
      <p className="meta">
        <span data-testid="stand">Stand {fmtDatum(k.stichtag)}</span> <ProvenanceBadge illustrativ={k.illustrativ} />
      </p>
      {aenderung && (
        <p className="aenderung" data-testid="aenderung">
          {aenderung}
          {k.ohneVorperiode && <span className="klein"> ({k.ohneVorperiode})</span>}
        </p>
      )}
      {k.teile && (
        <dl className="teile">
          {k.teile.map((t) => (
            <div key={t.id} data-testid={`teil-${t.id}`}>
              <dt>{t.label}</dt>
              <dd>{fmtKennzahl(t)}</dd>
            </div>
          ))}
        </dl>
      )}
      <p className="quelle">
        Quelle:{' '}
        {q.map((s, i) => (
          <span key={s.id}>
            {i > 0 && '; '}
            {s.url ? <a href={s.url}>{s.herausgeber}</a> : s.herausgeber}, {s.titel}
          </span>
        ))}
        {k.formel && <span className="formel">. Berechnet: {k.formel}</span>}
      </p>
    </article>
  );
}
