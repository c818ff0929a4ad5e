import type { Kommune } from '@/lib/config';
import { fmtDatum } from '@/lib/format';
import { SeitenAdresse } from './SeitenAdresse';

/** Shown only in print: Stand, publisher and licence, and the address of the printed page. */
export function DruckFuss({ kommune, stand }: { kommune: Kommune; stand: string }) {
  return (
    <footer className="druck-fuss" aria-hidden="true">
      Stand der Daten: {fmtDatum(stand)} · Quelle: {kommune.herausgeber.name}, Integrationsatlas · {kommune.lizenz.namensnennung} ·{' '}
      <SeitenAdresse basisUrl={kommune.veroeffentlichung.basisUrl} />
    </footer>
  );
}
