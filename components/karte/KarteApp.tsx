'use client';

import dynamic from 'next/dynamic';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Auswahl } from '@/components/charts/shared/Auswahl';
import { fmtIn, fmtPunkt, zeichenTitel } from '@/components/charts/shared/format';
import { fmtDatum, quellenText } from '@/lib/format';
import { BildExport } from '@/components/charts/shared/BildExport';
import { EinbettenDialog } from '@/components/charts/shared/EinbettenDialog';
import { KARTE_BEISPIELDATEN, kartenAnsicht, kartenBildDaten } from '@/lib/karte/ansicht';
import { ausLatLngs, type LatLngPolys } from '@/lib/karte/geometrie';
import { METHODEN, type Methode } from '@/lib/karte/klassen';
import { ausUrl, inUrl, type KartenZustand } from '@/lib/karte/zustand';
import type { Indikator } from '@/lib/themen/indikatoren';
import type { KompaktDaten } from '@/lib/themen/model';
import { rang, referenzName, type Ebene } from '@/lib/themen/punkte';
import type { KartenGebiet } from './KartenFlaeche';
import { Legende } from './Legende';
import { useUrlTeil } from '@/components/useUrlTeil';
import { IllMark } from '@/components/charts/shared/IllMark';

const KartenFlaeche = dynamic(() => import('./KartenFlaeche'), {
  ssr: false,
  loading: () => <div className="karte-leaflet karte-laedt">Karte wird geladen …</div>,
});

export interface GeoGebiet {
  id: string;
  name: string;
  polys: LatLngPolys;
  label: [number, number];
}

interface Props {
  k: KompaktDaten;
  ags: string;
  stadtName: string;
  indikatoren: Indikator[];
  /** The levels (coarsest first), named in the plural. */
  ebenen: { wert: Ebene; label: string }[];
  geo: Record<Ebene, GeoGebiet[]>;
  umriss: LatLngPolys;
  kachel: { url: string; namensnennung: string } | null;
  quellen: Record<string, string>;
  namensnennung: string;
  /** Attribution of the geometry (and its schematic nature), drawn into exported images. */
  geoHinweis: string;
  /** Address prefix of the map embeds (…/einbetten/karte/). */
  einbetten: string;
}

/**
 * The choropleth: indicator, level, Stichtag (slider with play/pause) and classification in
 * the URL; a table beside the map with the same values; every area reachable by keyboard.
 */
export function KarteApp({ k, ags, stadtName, indikatoren, ebenen, geo, umriss, kachel, quellen, namensnennung, geoHinweis, einbetten }: Props) {
  const standard: KartenZustand = { indikator: indikatoren[0]?.id ?? '', ebene: ebenen[0]?.wert ?? '', stichtag: k.stichtage.at(-1) ?? '', methode: 'jenks', gebiet: null };
  const [fokus, setFokus] = useState<string | null>(null);
  const [spielt, setSpielt] = useState(false);
  const router = useRouter();
  const erlaubt = useMemo(
    () => ({ indikatoren: indikatoren.map((i) => i.id), ebenen: ebenen.map((e) => e.wert), stichtage: k.stichtage, gebiete: Object.values(geo).flatMap((gs) => gs.map((g) => g.id)) }),
    [indikatoren, ebenen, k.stichtage, geo],
  );
  const [suche, setSuche] = useUrlTeil('search');
  const z = ausUrl(suche, standard, erlaubt);
  const setze = (teil: Partial<KartenZustand>) => setSuche(inUrl({ ...z, ...teil }));
  const ind = indikatoren.find((i) => i.id === z.indikator) ?? indikatoren[0];
  const stichtage = k.stichtage.filter((s) => ind && k.gebiete.some((g) => g.ebene === z.ebene && k.werte[ind.merkmal]?.[g.id]?.[s]));
  // A Stichtag the indicator lacks falls back to its latest one.
  const stichtagIdx = stichtage.includes(z.stichtag) ? stichtage.indexOf(z.stichtag) : stichtage.length - 1;
  const stichtag = stichtage[stichtagIdx] ?? z.stichtag;

  // Play: one Stichtag every 1.5 s (no animation between them), stopping at the last one.
  const naechster = stichtage[stichtagIdx + 1];
  useEffect(() => {
    if (!spielt) return;
    const t = window.setTimeout(() => {
      if (naechster) setSuche(inUrl({ ...ausUrl(window.location.search, standard, erlaubt), stichtag: naechster }));
      else setSpielt(false);
    }, 1500);
    return () => window.clearTimeout(t);
  });

  const a = ind ? kartenAnsicht(k, ags, ind, z.ebene, stichtag, stichtage, z.methode) : null;
  const v = a?.v ?? { punkte: [], referenz: null };
  const einheit = a?.einheit ?? 'Anzahl';
  // For counts the reference is an average per area, not a city value: not shown as such.
  const ref = ind?.mass.art === 'anzahl' ? null : v.referenz;
  const refText = ref ? `${referenzName(ref, stadtName)}: ${fmtIn(ref.wert, einheit)}` : null;

  const ebeneName = ebenen.find((e) => e.wert === z.ebene)?.label ?? z.ebene;
  const gebiete: KartenGebiet[] = (geo[z.ebene] ?? []).map((g) => {
    const p = v.punkte.find((x) => x.x === g.id);
    const r = rang(v, g.id);
    const wert = p?.wert ?? null;
    const text =
      wert === null
        ? p?.zeichen === 'geheim'
          ? (zeichenTitel('geheim') ?? 'nicht ausgewiesen')
          : 'keine Daten'
        : `${fmtPunkt(p ?? { wert, zeichen: null, einheit })}${p?.illustrativ ? ' (Beispieldaten)' : ''}; Rang ${r?.rang} von ${r?.von}${r?.illustrativ ? ' (Beispieldaten)' : ''}${refText ? `; ${refText}` : ''}`;
    const farbe = a?.farbe(g.id) ?? 'geheim';
    return { ...g, farbe: farbe === 'geheim' ? 'url(#karte-schraffur)' : farbe === 'leer' ? '#ffffff' : farbe, geheim: wert === null, illustrativ: wert !== null && !!p?.illustrativ, text };
  });
  const oeffnen = useCallback((id: string) => router.push(`/gebiete/${id}/`), [router]);
  const markiert = fokus ?? z.gebiet;
  const quelle = quellenText(
    v.punkte.map((p) => p.quelle),
    quellen,
  );

  return (
    <div className="karte-app" data-testid="karte-app">
      <svg width="0" height="0" aria-hidden="true" style={{ position: 'absolute' }}>
        <defs>
          <pattern id="karte-schraffur" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="8" height="8" fill="#e6e6e6" />
            <line x1="0" y1="0" x2="0" y2="8" stroke="#777" strokeWidth="3" />
          </pattern>
          <pattern id="karte-beispiel" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">
            <line x1="0" y1="0" x2="0" y2="8" stroke="#ffffff" strokeOpacity="0.7" strokeWidth="3" />
          </pattern>
        </defs>
      </svg>
      <div className="steuerung">
        <Auswahl label="Kennzahl" wert={z.indikator} optionen={indikatoren.map((i) => ({ wert: i.id, label: i.label }))} onChange={(indikator) => setze({ indikator })} testid="karte-indikator" />
        {ebenen.length > 1 && <Auswahl<Ebene> label="Ebene" wert={z.ebene} optionen={ebenen} onChange={(ebene) => setze({ ebene, gebiet: null })} testid="karte-ebene" />}
        <Auswahl<Methode> label="Klassen" wert={z.methode} optionen={METHODEN.map((m) => ({ wert: m.id, label: m.label }))} onChange={(methode) => setze({ methode })} testid="karte-klassen" />
        <div className="zeitleiste">
          <label htmlFor={stichtage.length > 1 ? 'karte-stichtag' : undefined}>
            Stichtag: <strong data-testid="karte-stichtag-text">{fmtDatum(stichtag)}</strong>
          </label>
          {stichtage.length > 1 && (
            <div className="zeitleiste-zeile">
              <button type="button" onClick={() => setSpielt((x) => !x)} aria-pressed={spielt} data-testid="karte-abspielen">
                {spielt ? 'Pause' : 'Abspielen'}
              </button>
              <input
                id="karte-stichtag"
                type="range"
                min={0}
                max={Math.max(0, stichtage.length - 1)}
                step={1}
                value={stichtagIdx}
                aria-valuetext={fmtDatum(stichtag)}
                onChange={(e) => setze({ stichtag: stichtage[Number(e.target.value)] ?? stichtag })}
                data-testid="karte-stichtag"
              />
            </div>
          )}
        </div>
      </div>
      <div className="karte-raster">
        <div className="karte-spalte">
          <KartenFlaeche gebiete={gebiete} umriss={umriss} kachel={kachel} fokus={markiert} onFokus={setFokus} onWaehlen={(gebiet) => setze({ gebiet })} onOeffnen={oeffnen} beschriften={z.ebene === ebenen[0]?.wert} />
          {a && <Legende {...a} titel={`${ind?.label ?? ''}, ${fmtDatum(stichtag)}`} />}
          {stichtage.length > 1 && <p className="tabelle-fuss">Klassengrenzen über alle {stichtage.length} Stichtage gleich: gleiche Farbe heißt in jedem Jahr derselbe Wertebereich.</p>}
          {a && ind && (
            <div className="chart-werkzeuge">
              <BildExport
                inhalt={{ art: 'karte', ...kartenBildDaten(a, (geo[z.ebene] ?? []).map((g) => ({ id: g.id, name: g.name, geometry: ausLatLngs(g.polys) }))) }}
                text={{ titel: `${ind.label}, ${ebeneName}`, beschreibung: `Stichtag ${fmtDatum(stichtag)}; Klassen (Anzahl Gebiete) über alle Stichtage gleich.`, stand: fmtDatum(stichtag), quelle, namensnennung, hinweis: a?.illustrativ ? `${KARTE_BEISPIELDATEN}. ${geoHinweis}` : geoHinweis }}
                dateiname={`karte-${ind.id}-${z.ebene}-${stichtag}`}
              />
              <EinbettenDialog url={`${einbetten}${ind.id}/`} titel={`Karte: ${ind.label}`} />
            </div>
          )}
        </div>
        <div className="karte-liste tabelle-scroll">
          <table className="daten" data-testid="karte-tabelle">
            <caption>
              {ind?.label}, {ebeneName}, {fmtDatum(stichtag)}
            </caption>
            <thead>
              <tr>
                <th scope="col">Rang</th>
                <th scope="col">Gebiet</th>
                <th scope="col" className="num">
                  Wert
                </th>
              </tr>
            </thead>
            <tbody>
              {v.punkte.map((p, i) => (
                <tr key={p.x} className={p.x === markiert ? 'markiert' : undefined} data-gebiet={p.x} onMouseEnter={() => setFokus(p.x)} onMouseLeave={() => setFokus(null)}>
                  <td className="num">{p.wert === null ? '.' : i + 1}</td>
                  <th scope="row">
                    <a href={`/gebiete/${p.x}/`} onFocus={() => setze({ gebiet: p.x })}>
                      {p.xLabel}
                    </a>
                  </th>
                  <td className={`num${p.illustrativ ? ' ill' : ''}`} title={zeichenTitel(p.zeichen)} data-wert={p.wert ?? ''}>
                    {fmtPunkt(p)}
                    {p.illustrativ && <IllMark />}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {refText && (
            <p className="tabelle-fuss" data-testid="karte-referenz">
              {refText}
            </p>
          )}
          <p className="tabelle-fuss">* Beispieldaten. Quelle: {quelle}.</p>
        </div>
      </div>
    </div>
  );
}
