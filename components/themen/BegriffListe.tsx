import { begriff, type BegriffId } from '@/lib/begriffe';

/** The definitions of the terms a page uses, each with the municipality's own addition. */
export function BegriffListe({ ids, lokal, titel = 'Begriffe', ebene = 2 }: { ids: readonly BegriffId[]; lokal: Partial<Record<string, string>>; titel?: string; ebene?: 2 | 3 }) {
  const H = ebene === 2 ? 'h2' : 'h3';
  return (
    <section className="begriffe" aria-labelledby="begriffe-titel" data-testid="begriffe">
      <H id="begriffe-titel">{titel}</H>
      <dl>
        {ids.map((id) => {
          const b = begriff(id, lokal);
          return (
            <div key={id} id={`begriff-${id}`}>
              <dt>{b.begriff}</dt>
              <dd>
                {b.definition}
                {b.lokal && <span className="begriff-lokal"> {b.lokal}</span>}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
