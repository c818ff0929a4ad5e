import { diagramm } from '@/lib/i18n/diagramm';
import type { Sprache } from '@/lib/i18n/sprache';
import { einsetzen, kuerzen } from '@/lib/text/vorlage';

/** Values from the address that do not exist here: said once, shortened; the view shows its default instead. */
export function AnsichtHinweis({ falsch, sprache = 'de' }: { falsch: string[]; sprache?: Sprache }) {
  if (!falsch.length) return null;
  const w = diagramm(sprache);
  return (
    <p className="hinweis" role="status" data-testid="ansicht-falsch">
      {falsch.map((f) => einsetzen(w.ansichtFalsch, { wert: kuerzen(f) })).join(' ')}
    </p>
  );
}
