import { groesse } from '@/lib/daten/seite';
import type { Sprache } from '@/lib/i18n/sprache';

/** A link to one download under /daten/, with its format and size. */
export function Download({ pfad, label, format, testid, sprache = 'de' }: { pfad: string; label: string; format: string; testid?: string; sprache?: Sprache }) {
  return (
    <a href={`/daten/${pfad}`} className="download" data-testid={testid} download>
      {label}{' '}
      <span className="format">
        ({format}, {groesse(pfad, sprache)})
      </span>
    </a>
  );
}
