import type { Metadata } from 'next';
import { loadKommune } from '@/lib/data';
import { unterste } from '@/lib/ebenen';
import { notFound } from 'next/navigation';
import { ChartRahmen } from '@/components/charts/shared/ChartRahmen';
import { KartenBild } from '@/components/karte/KartenBild';
import { KARTEN_INDIKATOREN } from '@/lib/themen/indikatoren';
import { statischeKarte } from '@/lib/karte/seite';
import { KARTE_BEISPIELDATEN } from '@/lib/karte/ansicht';
import { kartenIndikatorenMitDaten } from '@/lib/themen/seite';

export const dynamicParams = false;
export const generateStaticParams = () => kartenIndikatorenMitDaten().map((i) => ({ indikator: i.id }));

type Params = { params: Promise<{ indikator: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { indikator } = await params;
  const ind = KARTEN_INDIKATOREN.find((i) => i.id === indikator);
  return { title: `Karte: ${ind?.label ?? ''} (eingebettet)`, robots: { index: false } };
}

/** The map of one indicator (finest level, latest Stichtag) as static SVG, with table, CSV and images. */
export default async function KarteEinbetten({ params }: Params) {
  const { indikator } = await params;
  if (!KARTEN_INDIKATOREN.some((i) => i.id === indikator)) notFound();
  const m = statischeKarte(indikator, unterste(loadKommune().ebenen).id);
  return (
    <ChartRahmen
      id="karte"
      art="balken"
      bild={{ art: 'karte', ...m.bild }}
      bildHinweis={m.ansicht.illustrativ ? `${KARTE_BEISPIELDATEN}. ${m.geoHinweis}` : m.geoHinweis}
      titel={m.titel}
      beschreibung={`Klassen über alle Stichtage gleich; schraffiert: aus Datenschutzgründen nicht ausgewiesen.${m.ansicht.illustrativ ? ` ${KARTE_BEISPIELDATEN}.` : ''} ${m.geoHinweis}`}
      punkte={m.ansicht.v.punkte}
      tabellenKopf={m.ebeneName}
      dateiname={`karte-${indikator}-${m.stichtag}`}
      quellen={m.quellen}
      namensnennung={m.namensnennung}
      ebene={1}
    >
      <KartenBild gebiete={m.bild.gebiete} legende={m.bild.legende} titel={m.titel} />
    </ChartRahmen>
  );
}
