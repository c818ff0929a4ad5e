import type { Metadata } from 'next';
import Link from 'next/link';
import { loadGebiete, loadKommune } from '@/lib/data';

export function generateMetadata(): Metadata {
  const k = loadKommune();
  return { title: 'Gebiete', description: `Alle ${k.ebenen.sozialraum.plural} und ${k.ebenen.wohnbereich.plural} mit ihren Kennzahlen.` };
}

export default function GebieteSeite() {
  const kommune = loadKommune();
  const gebiete = loadGebiete();
  return (
    <div className="wrap">
      <h1>Gebiete</h1>
      <p className="lead">
        {kommune.name} gliedert sich in {gebiete.filter((g) => g.ebene === 'sozialraum').length} {kommune.ebenen.sozialraum.plural} und{' '}
        {gebiete.filter((g) => g.ebene === 'wohnbereich').length} {kommune.ebenen.wohnbereich.plural}. Jedes Gebiet hat ein Profil mit allen Kennzahlen.
      </p>
      <ul className="gebiete-index">
        {gebiete
          .filter((g) => g.ebene === 'sozialraum')
          .map((sr) => (
            <li key={sr.id}>
              <Link href={`/gebiete/${sr.id}/`} className="sr">
                {sr.name}
              </Link>
              <ul>
                {gebiete
                  .filter((w) => w.parent === sr.id)
                  .map((w) => (
                    <li key={w.id}>
                      <Link href={`/gebiete/${w.id}/`}>{w.name}</Link>
                    </li>
                  ))}
              </ul>
            </li>
          ))}
      </ul>
    </div>
  );
}
