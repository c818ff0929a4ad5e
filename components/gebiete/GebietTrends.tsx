import { LinienChart } from '@/components/charts/LinienChart';
import { Vorgezeichnet } from '@/components/charts/Vorgezeichnet';
import { ChartRahmen } from '@/components/charts/shared/ChartRahmen';
import { loadGebiete, loadKommune } from '@/lib/data';
import { diagramm } from '@/lib/i18n/diagramm';
import { indikatorIn } from '@/lib/i18n/indikatoren-en';
import type { Sprache } from '@/lib/i18n/sprache';
import { woerter } from '@/lib/i18n/woerter';
import { TREND_INDIKATOREN, trendId } from '@/lib/themen/indikatoren';
import { gebietTrend } from '@/lib/themen/trend';
import { herkunft, indikatorDaten } from '@/lib/themen/seite';


/** An area's indicators over time beside the area it lies in and the city (its embeds: GebietTrendEinbettung). */
export function GebietTrends({ id, einbetten, sprache = 'de' }: { id: string; einbetten?: string; sprache?: Sprache }) {
  const kommune = loadKommune();
  const gebiete = loadGebiete();
  const g = gebiete.find((x) => x.id === id);
  if (!g) return null;
  const w = woerter(sprache).gebiete;
  const k = indikatorDaten(sprache);
  // One embed page per chart serves every area: the area goes into the address.
  const h = { ...herkunft(), einbetten, einbettenSuche: `?gebiet=${encodeURIComponent(g.id)}`, sprache };
  return (
    <div className="trends">
      {TREND_INDIKATOREN.map((i) => {
        const ind = indikatorIn(i, sprache);
        const t = gebietTrend(k, kommune.ags, g.id, ind);
        if (!t) return null;
        const { punkte } = t;
        return (
          <ChartRahmen
            art="linie"
            key={ind.id}
            id={trendId(ind.id)}
            titel={ind.label}
            beschreibung={t.mitVergleich ? w.trendVergleich(t.name, t.parentName) : w.trendAllein(t.name)}
            punkte={punkte}
            tabellenKopf={diagramm(sprache).stichtag}
            dateiname={`${g.id}-${ind.id}`}
            ebene={3}
            {...h}
          >
            <LinienChart punkte={punkte} klein sprache={sprache} Zeichnung={Vorgezeichnet} />
          </ChartRahmen>
        );
      })}
    </div>
  );
}
