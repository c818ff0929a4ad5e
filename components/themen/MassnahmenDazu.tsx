import { loadKonzepte } from '@/lib/data';
import type { DatasetId } from '@/lib/datasets';
import { inSprache, type Sprache } from '@/lib/i18n/sprache';
import { woerter } from '@/lib/i18n/woerter';
import { fmtIn } from '@/lib/themen/einheit';

/**
 * "Maßnahmen dazu": the measures of the municipality's concepts linked to a figure of this
 * topic, with their planned amounts and a link to their concept — beside the figures, no effect
 * claimed.
 */
export function MassnahmenDazu({ datensatz, sprache }: { datensatz: DatasetId; sprache: Sprache }) {
  const treffer = loadKonzepte().flatMap((k) => k.massnahmen.filter((m) => m.indikatoren.some((r) => r.startsWith(`${datensatz}.`))).map((m) => ({ k, m })));
  if (!treffer.length) return null;
  const w = woerter(sprache).konzept;
  const fremd = sprache === 'de' ? undefined : 'de';
  return (
    <section className="massnahmen-dazu" aria-labelledby="massnahmen-dazu" data-testid="massnahmen-dazu">
      <h2 id="massnahmen-dazu">{w.dazu}</h2>
      <p>{w.dazuText}</p>
      <ul>
        {treffer.map(({ k, m }) => (
          <li key={`${k.id}|${m.nr ?? m.titel}`}>
            <span lang={fremd}>{m.titel}</span>
            {m.kosten_eur_jahr !== undefined ? ` – ${fmtIn(m.kosten_eur_jahr, 'Euro', sprache)} ${w.jeJahr}` : ''} (
            <a href={inSprache(`/konzept/${k.id}/`, sprache)} lang={fremd}>
              {k.titel}
            </a>
            )
          </li>
        ))}
      </ul>
    </section>
  );
}
