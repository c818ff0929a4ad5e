import type { Metadata } from 'next';
import Link from 'next/link';
import { loadGebiete, loadKommune } from '@/lib/data';
import { aufzaehlung, ebenenNamen, oberste } from '@/lib/ebenen';
import type { Gebiet } from '@/lib/published';

export function generateMetadata(): Metadata {
  const k = loadKommune();
  return { title: 'Gebiete', description: `Alle ${ebenenNamen(k.ebenen)} mit ihren Kennzahlen.` };
}

/** An area and, nested below it, the areas within it. */
function Eintrag({ g, gebiete, oben }: { g: Gebiet; gebiete: Gebiet[]; oben: boolean }) {
  const kinder = gebiete.filter((c) => c.parent === g.id);
  return (
    <li>
      <Link prefetch={false} href={`/gebiete/${g.id}/`} className={oben ? 'sr' : undefined}>
        {g.name}
      </Link>
      {kinder.length > 0 && (
        <ul>
          {kinder.map((c) => (
            <Eintrag key={c.id} g={c} gebiete={gebiete} oben={false} />
          ))}
        </ul>
      )}
    </li>
  );
}

export default function GebieteSeite() {
  const kommune = loadKommune();
  const gebiete = loadGebiete();
  const anzahl = kommune.ebenen.map((e) => `${gebiete.filter((g) => g.ebene === e.id).length} ${e.plural}`);
  return (
    <div className="wrap">
      <h1>Gebiete</h1>
      <p className="lead">
        {kommune.name} gliedert sich in {aufzaehlung(anzahl)}. Jedes Gebiet hat ein Profil mit allen Kennzahlen.
      </p>
      <ul className="gebiete-index">
        {gebiete
          .filter((g) => g.ebene === oberste(kommune.ebenen).id)
          .map((g) => (
            <Eintrag key={g.id} g={g} gebiete={gebiete} oben />
          ))}
      </ul>
    </div>
  );
}
