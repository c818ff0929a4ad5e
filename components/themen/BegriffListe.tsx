import { begriff, type BegriffId } from '@/lib/begriffe';
import { BEGRIFFE_EN } from '@/lib/i18n/begriffe-en';
import type { Sprache } from '@/lib/i18n/sprache';
import { woerter } from '@/lib/i18n/woerter';

interface Props {
  ids: readonly BegriffId[];
  /** The municipality's own additions (German; on English pages marked as such). */
  lokal: Partial<Record<string, string>>;
  /** The municipality's name, for "How … counts". */
  stadt: string;
  titel?: string;
  ebene?: 2 | 3;
  sprache?: Sprache;
}

/** The definitions of the terms a page uses, each with the municipality's own addition. */
export function BegriffListe({ ids, lokal, stadt, titel, ebene = 2, sprache = 'de' }: Props) {
  const H = ebene === 2 ? 'h2' : 'h3';
  const w = woerter(sprache).seite;
  return (
    <section className="begriffe" aria-labelledby="begriffe-titel" data-testid="begriffe">
      <H id="begriffe-titel">{titel ?? w.begriffe}</H>
      <dl>
        {ids.map((id) => {
          const b = sprache === 'de' ? begriff(id) : BEGRIFFE_EN[id];
          const zusatz = lokal[id];
          return (
            <div key={id} id={`begriff-${id}`}>
              <dt>{b.begriff}</dt>
              <dd>
                {b.definition}
                {zusatz && (
                  <span className="begriff-lokal">
                    {' '}
                    {sprache === 'de' ? zusatz : <>{w.lokal(stadt)} <span lang="de">{zusatz}</span></>}
                  </span>
                )}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
