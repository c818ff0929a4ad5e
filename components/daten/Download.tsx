import { groesse } from '@/lib/daten/seite';

/** A link to one download under /daten/, with its format and size. */
export function Download({ pfad, label, format, testid }: { pfad: string; label: string; format: string; testid?: string }) {
  return (
    <a href={`/daten/${pfad}`} className="download" data-testid={testid} download>
      {label} <span className="format">({format}, {groesse(pfad)})</span>
    </a>
  );
}
