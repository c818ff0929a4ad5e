import { LinienChart } from '@/components/charts/LinienChart';
import { oberGebiet } from '@/lib/gebiete';
import { ChartRahmen } from '@/components/charts/shared/ChartRahmen';
import { loadGebiete, loadKommune } from '@/lib/data';
import { diagramm } from '@/lib/i18n/diagramm';
import { indikatorIn } from '@/lib/i18n/indikatoren-en';
import type { Sprache } from '@/lib/i18n/sprache';
import { woerter } from '@/lib/i18n/woerter';
import { INDIKATOREN } from '@/lib/themen/indikatoren';
import { zeitreihe } from '@/lib/themen/punkte';
import { herkunft, indikatorDaten } from '@/lib/themen/seite';

/** Indicators an area profile charts over time (density has no trend of its own). */
export const TREND_INDIKATOREN = INDIKATOREN.filter((i) => i.mass.art !== 'dichte');
export const trendId = (indikator: string) => `trend-${indikator}`;

/** An area's indicators over time beside the area it lies in and the city — all, or one (embed). */
export function GebietTrends({ id, nur, einbetten, sprache = 'de' }: { id: string; nur?: string; einbetten?: string; sprache?: Sprache }) {
  const kommune = loadKommune();
  const gebiete = loadGebiete();
  const g = gebiete.find((x) => x.id === id);
  if (!g) return null;
  const w = woerter(sprache).gebiete;
  const parent = oberGebiet(gebiete, g);
  const k = indikatorDaten(sprache);
  const h = { ...herkunft(), einbetten, sprache };
  const vergleichsGebiete = [g.id, ...(parent ? [parent.id] : []), kommune.ags];
  return (
    <div className="trends">
      {TREND_INDIKATOREN.filter((i) => !nur || trendId(i.id) === nur).map((i) => {
        const ind = indikatorIn(i, sprache);
        const ids = ind.mass.art === 'anzahl' ? [g.id] : vergleichsGebiete;
        const punkte = ids.flatMap((gid) => {
          const name = gebiete.find((x) => x.id === gid)?.name ?? gid;
          return zeitreihe(k, gid, [{ merkmal: ind.merkmal }], ind.mass).map((p) => ({ ...p, x: p.stichtag, reihe: gid, reiheLabel: name }));
        });
        const titel = nur ? `${ind.label}: ${g.name}` : ind.label;
        return (
          <ChartRahmen
            art="linie"
            key={ind.id}
            id={trendId(ind.id)}
            titel={titel}
            beschreibung={ids.length > 1 ? w.trendVergleich(g.name, parent?.name) : w.trendAllein(g.name)}
            punkte={punkte}
            tabellenKopf={diagramm(sprache).stichtag}
            dateiname={`${g.id}-${ind.id}`}
            ebene={nur ? 1 : 3}
            {...h}
          >
            <LinienChart punkte={punkte} klein sprache={sprache} />
          </ChartRahmen>
        );
      })}
    </div>
  );
}
