import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ChartRahmen } from '@/components/charts/shared/ChartRahmen';
import { KartenBild } from '@/components/karte/KartenBild';
import { loadKommune } from '@/lib/data';
import { unterste } from '@/lib/ebenen';
import { diagramm } from '@/lib/i18n/diagramm';
import { indikatorIn } from '@/lib/i18n/indikatoren-en';
import type { Sprache } from '@/lib/i18n/sprache';
import { woerter } from '@/lib/i18n/woerter';
import { statischeKarte } from '@/lib/karte/seite';
import { KARTEN_INDIKATOREN } from '@/lib/themen/indikatoren';
import { kartenIndikatorenMitDaten } from '@/lib/themen/seite';

export const karteEinbettenParams = () => kartenIndikatorenMitDaten().map((i) => ({ indikator: i.id }));

export function karteEinbettenMetadata(indikator: string, sprache: Sprache): Metadata {
  const ind = KARTEN_INDIKATOREN.find((i) => i.id === indikator);
  return { title: `${diagramm(sprache).karte.einbettenTitel(ind ? indikatorIn(ind, sprache).label : '')} (${woerter(sprache).gebiete.eingebettet})`, robots: { index: false } };
}

/** The map of one indicator (finest level, latest Stichtag) as static SVG, with table, CSV and images. */
export function KarteEinbetten({ indikator, sprache }: { indikator: string; sprache: Sprache }) {
  if (!KARTEN_INDIKATOREN.some((i) => i.id === indikator)) notFound();
  const m = statischeKarte(indikator, unterste(loadKommune().ebenen).id, undefined, sprache);
  const w = diagramm(sprache).karte;
  return (
    <ChartRahmen
      id="karte"
      art="balken"
      bild={{ art: 'karte', ...m.bild }}
      bildHinweis={m.ansicht.illustrativ ? `${w.beispieldaten}. ${m.geoHinweis}` : m.geoHinweis}
      titel={m.titel}
      beschreibung={`${w.einbettenBeschreibung}${m.ansicht.illustrativ ? ` ${w.beispieldaten}.` : ''} ${m.geoHinweis}`}
      punkte={m.ansicht.v.punkte}
      tabellenKopf={m.ebeneName}
      dateiname={`karte-${indikator}-${m.stichtag}`}
      quellen={m.quellen}
      namensnennung={m.namensnennung}
      ebene={1}
      sprache={sprache}
    >
      <KartenBild gebiete={m.bild.gebiete} legende={m.bild.legende} titel={m.titel} sprache={sprache} />
    </ChartRahmen>
  );
}
