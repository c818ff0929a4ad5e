import type { Metadata } from 'next';
import { loadGebiete, loadKommune } from '@/lib/data';
import { aufzaehlung, ebeneName, ebenenNamen, oberste } from '@/lib/ebenen';
import { inSprache, type Sprache } from '@/lib/i18n/sprache';
import { woerter } from '@/lib/i18n/woerter';
import { diagramm } from '@/lib/i18n/diagramm';
import type { Gebiet } from '@/lib/published';

export function gebieteIndexMetadata(sprache: Sprache): Metadata {
  const k = loadKommune();
  const w = woerter(sprache);
  return { title: w.gebiete.titel, description: w.gebiete.beschreibung(ebenenNamen(k.ebenen, 'plural', w.start.und, sprache)), alternates: { languages: { de: '/gebiete/', en: '/en/gebiete/' } } };
}

/** An area and, nested below it, the areas within it. */
function Eintrag({ g, gebiete, oben, sprache }: { g: Gebiet; gebiete: Gebiet[]; oben: boolean; sprache: Sprache }) {
  const kinder = gebiete.filter((c) => c.parent === g.id);
  return (
    <li>
      <a href={inSprache(`/gebiete/${g.id}/`, sprache)} className={oben ? 'sr' : undefined}>
        {g.name}
      </a>
      {kinder.length > 0 && (
        <ul>
          {kinder.map((c) => (
            <Eintrag key={c.id} g={c} gebiete={gebiete} oben={false} sprache={sprache} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** All areas, nested by level, each linked to its profile. */
export function GebieteIndex({ sprache }: { sprache: Sprache }) {
  const kommune = loadKommune();
  const gebiete = loadGebiete();
  const w = woerter(sprache);
  const anzahl = kommune.ebenen.map((e) => `${gebiete.filter((g) => g.ebene === e.id).length} ${ebeneName(e, 'plural', sprache)}`);
  return (
    <div className="wrap">
      <h1>{w.gebiete.titel}</h1>
      <p className="lead">{w.gebiete.gliederung(kommune.name, aufzaehlung(anzahl, w.start.und))}</p>
      <p>
        <a href={inSprache('/gebiete/vergleich/', sprache)} data-testid="vergleichen-link">
          {diagramm(sprache).gebieteVergleich.titel}
        </a>
        : {diagramm(sprache).gebieteVergleich.beschreibung}
      </p>
      <ul className="gebiete-index">
        {gebiete
          .filter((g) => g.ebene === oberste(kommune.ebenen).id)
          .map((g) => (
            <Eintrag key={g.id} g={g} gebiete={gebiete} oben sprache={sprache} />
          ))}
      </ul>
    </div>
  );
}
