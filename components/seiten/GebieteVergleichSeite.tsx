import type { Metadata } from 'next';
import { kompaktPacken } from '@/lib/themen/kompaktGepackt';
import { GebieteVergleich } from '@/components/vergleich/GebieteVergleich';
import { loadKommune } from '@/lib/data';
import { oberste } from '@/lib/ebenen';
import { diagramm } from '@/lib/i18n/diagramm';
import { indikatorIn } from '@/lib/i18n/indikatoren-en';
import { inSprache, type Sprache } from '@/lib/i18n/sprache';
import { woerter } from '@/lib/i18n/woerter';
import { gebietOptionen } from '@/lib/themen/gebietOptionen';
import { INDIKATOREN } from '@/lib/themen/indikatoren';
import { indikatorDaten } from '@/lib/themen/seite';

export function gebieteVergleichMetadata(sprache: Sprache): Metadata {
  const w = diagramm(sprache).gebieteVergleich;
  return { title: w.titel, description: w.beschreibung, alternates: { languages: { de: '/gebiete/vergleich/', en: '/en/gebiete/vergleich/' } } };
}

/** Areas side by side and one area at two Stichtage: the indicator data of the profiles, compared in the browser. */
export function GebieteVergleichSeite({ sprache }: { sprache: Sprache }) {
  const kommune = loadKommune();
  const k = indikatorDaten(sprache);
  const w = diagramm(sprache).gebieteVergleich;
  const wo = woerter(sprache);
  const ebene = oberste(kommune.ebenen).id;
  const standardGebiete = k.gebiete
    .filter((g) => g.ebene === ebene)
    .slice(0, 2)
    .map((g) => g.id);
  return (
    <div className="wrap gebiete-vergleich">
      <nav aria-label={wo.seite.brotkrumen} className="brotkrumen">
        <a href={inSprache('/', sprache)}>{wo.seite.start}</a> › <a href={inSprache('/gebiete/', sprache)}>{wo.gebiete.titel}</a> › <span aria-current="page">{w.titel}</span>
      </nav>
      <h1>{w.titel}</h1>
      <p className="lead">{w.beschreibung}</p>
      <GebieteVergleich k={kompaktPacken(k)} ags={kommune.ags} indikatoren={INDIKATOREN.map((i) => indikatorIn(i, sprache))} optionen={gebietOptionen(k.gebiete)} standardGebiete={standardGebiete} sprache={sprache} />
    </div>
  );
}
