'use client';

import dynamic from 'next/dynamic';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Auswahl } from '@/components/charts/shared/Auswahl';
import { fmtIn, fmtPunkt, zeichenTitel } from '@/components/charts/shared/format';
import { fmtDatum, quellenText } from '@/lib/format';
import { Herunterladen } from '@/components/charts/shared/Herunterladen';
import { EinbettenDialog } from '@/components/charts/shared/EinbettenDialog';
import { kartenAnsicht, kartenBildDaten } from '@/lib/karte/ansicht';
import { DIAGRAMM } from '@/lib/i18n/diagramm';
import { inSprache, type Sprache } from '@/lib/i18n/sprache';
import { ausLatLngs, type LatLngPolys } from '@/lib/karte/geometrie';
import type { Methode } from '@/lib/karte/klassen';
import { AnsichtHinweis } from '@/components/charts/shared/AnsichtHinweis';
import { mitReferenz } from '@/lib/themen/tabelle';
import { ausUrl, falscheWerte, inUrl, type KartenZustand } from '@/lib/karte/zustand';
import type { Indikator } from '@/lib/themen/indikatoren';
import type { KompaktFuerClient } from '@/lib/themen/kompaktGepackt';
import { useKompakt } from '@/components/useKompakt';
import { rang, referenzName, type Ebene } from '@/lib/themen/punkte';
import type { KartenGebiet } from './KartenFlaeche';
import { KartenStatisch } from './KartenStatisch';
import { KARTEN_MUSTER, KartenMuster, musterUrl } from './KartenMuster';
import { Legende } from './Legende';
import { useUrlTeil } from '@/components/useUrlTeil';
import { IllMark } from '@/components/charts/shared/IllMark';

// Until Leaflet has drawn the areas, the static view (KartenStatisch) stands in its place.
const KartenFlaeche = dynamic(() => import('./KartenFlaeche').then((m) => m.KartenFlaeche), { ssr: false, loading: () => null });

export interface GeoGebiet {
  id: string;
  name: string;
  polys: LatLngPolys;
  label: [number, number];
  /** Its name's rank where names would overlap: 0 = the largest area of its level (lib/karte/beschriftung). */
  rang: number;
}

interface Props {
  /** Packed by the server (lib/themen/kompaktGepackt.ts), or as it is. */
  k: KompaktFuerClient;
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
  sprache?: Sprache;
}

/**
 * The choropleth: indicator, level, Stichtag (slider with play/pause) and classification in
 * the URL; a table beside the map with the same values; every area reachable by keyboard.
 */
export function KarteApp({ k: erhalten, ags, stadtName, indikatoren, ebenen, geo, umriss, kachel, quellen, namensnennung, geoHinweis, einbetten, sprache = 'de' }: Props) {
  const k = useKompakt(erhalten);
  const w = DIAGRAMM[sprache];
  const wk = w.karte;
  const standard: KartenZustand = { indikator: indikatoren[0]?.id ?? '', ebene: ebenen[0]?.wert ?? '', stichtag: k.stichtage.at(-1) ?? '', methode: 'jenks', gebiet: null };
  const [fokus, setFokus] = useState<string | null>(null);
  const [spielt, setSpielt] = useState(false);
  // The interactive map has drawn its areas: the static view gives way. An area focused in the
  // static view keeps the focus on the same area of the map.
  const [bereit, setBereit] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const fokusUebergabe = useRef<string | null>(null);
  const leafletBereit = useCallback(() => {
    const aktiv = document.activeElement;
    fokusUebergabe.current = aktiv && box.current?.querySelector('.karte-statisch')?.contains(aktiv) ? (aktiv.closest('[data-gebiet]')?.getAttribute('data-gebiet') ?? null) : null;
    setBereit(true);
  }, []);
  useEffect(() => {
    const id = fokusUebergabe.current;
    if (!bereit || !id) return;
    fokusUebergabe.current = null;
    document.querySelector<SVGElement>(`.karte-leaflet path.gebiet[data-gebiet="${CSS.escape(id)}"]`)?.focus();
  }, [bereit]);
  const erlaubt = useMemo(
    () => ({ indikatoren: indikatoren.map((i) => i.id), ebenen: ebenen.map((e) => e.wert), stichtage: k.stichtage, gebiete: Object.values(geo).flatMap((gs) => gs.map((g) => g.id)) }),
    [indikatoren, ebenen, k.stichtage, geo],
  );
  const [suche, setSuche] = useUrlTeil('search');
  const z = ausUrl(suche, standard, erlaubt);
  const falsch = falscheWerte(suche, erlaubt);
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
  const refText = ref ? `${referenzName(ref, stadtName, sprache)}: ${fmtIn(ref.wert, einheit, sprache)}` : null;
  // The CSV of the view: the areas as ranked, and the city's value as its own row.
  const csvPunkte = mitReferenz(v.punkte, ref);


  const ebeneName = ebenen.find((e) => e.wert === z.ebene)?.label ?? z.ebene;
  const ill = ` (${w.beispieldaten})`;
  const profil = (id: string) => inSprache(`/gebiete/${id}/`, sprache);
  const gebiete: KartenGebiet[] = (geo[z.ebene] ?? []).map((g) => {
    const p = v.punkte.find((x) => x.x === g.id);
    const r = rang(v, g.id);
    const wert = p?.wert ?? null;
    const text =
      wert === null
        ? p?.zeichen === 'geheim'
          ? (zeichenTitel('geheim', sprache) ?? w.nichtAusgewiesen)
          : wk.keineDaten
        : `${fmtPunkt(p ?? { wert, zeichen: null, einheit }, sprache)}${p?.illustrativ ? ill : ''}; ${wk.rang(r?.rang ?? 0, r?.von ?? 0)}${r?.illustrativ ? ill : ''}${refText ? `; ${refText}` : ''}`;
    const farbe = a?.farbe(g.id) ?? 'geheim';
    return { ...g, farbe: farbe === 'geheim' ? musterUrl(KARTEN_MUSTER, 'schraffur') : farbe === 'leer' ? '#ffffff' : farbe, geheim: wert === null, illustrativ: wert !== null && !!p?.illustrativ, text };
  });
  const oeffnen = useCallback((id: string) => window.location.assign(inSprache(`/gebiete/${id}/`, sprache)), [sprache]);
  const markiert = fokus ?? z.gebiet;
  const waehlen = (gebiet: string) => setze({ gebiet });
  const beschriften = z.ebene === ebenen[0]?.wert;
  const quelle = quellenText(
    v.punkte.map((p) => p.quelle),
    quellen,
  );

  return (
    <div className="karte-app" data-testid="karte-app">
      <svg width="0" height="0" aria-hidden="true" style={{ position: 'absolute' }}>
        <defs>
          <KartenMuster id={KARTEN_MUSTER} groesse={8} />
        </defs>
      </svg>
      <AnsichtHinweis falsch={falsch} sprache={sprache} />
      <div className="steuerung">
        <Auswahl label={wk.kennzahl} wert={z.indikator} optionen={indikatoren.map((i) => ({ wert: i.id, label: i.label }))} onChange={(indikator) => setze({ indikator })} testid="karte-indikator" name="indikator" />
        {ebenen.length > 1 && <Auswahl<Ebene> label={w.ebene} wert={z.ebene} optionen={ebenen} onChange={(ebene) => setze({ ebene, gebiet: null })} testid="karte-ebene" name="ebene" />}
        <Auswahl<Methode> label={wk.klassen} wert={z.methode} optionen={(Object.keys(wk.methoden) as Methode[]).map((m) => ({ wert: m, label: wk.methoden[m] }))} onChange={(methode) => setze({ methode })} testid="karte-klassen" name="klassen" />
        <div className="zeitleiste">
          <label htmlFor={stichtage.length > 1 ? 'karte-stichtag' : undefined}>
            {w.stichtag}: <strong data-testid="karte-stichtag-text">{fmtDatum(stichtag, sprache)}</strong>
          </label>
          {stichtage.length > 1 && (
            <div className="zeitleiste-zeile">
              <button type="button" onClick={() => setSpielt((x) => !x)} aria-pressed={spielt} data-testid="karte-abspielen" data-nachholen="">
                {spielt ? wk.pause : wk.abspielen}
              </button>
              <input
                id="karte-stichtag"
                type="range"
                name="stichtag"
                data-werte={JSON.stringify(stichtage)}
                min={0}
                max={Math.max(0, stichtage.length - 1)}
                step={1}
                value={stichtagIdx}
                aria-valuetext={fmtDatum(stichtag, sprache)}
                onChange={(e) => setze({ stichtag: stichtage[Number(e.target.value)] ?? stichtag })}
                data-testid="karte-stichtag"
              />
            </div>
          )}
        </div>
      </div>
      <div className="karte-raster">
        <div className="karte-spalte">
          <div className="karte-box" ref={box} data-bereit={bereit ? '' : undefined}>
            {!bereit && <KartenStatisch gebiete={gebiete} umriss={umriss} markiert={markiert} beschriften={beschriften} profil={profil} onWaehlen={waehlen} texte={wk} />}
            <KartenFlaeche gebiete={gebiete} umriss={umriss} kachel={kachel} fokus={markiert} onFokus={setFokus} onWaehlen={waehlen} onOeffnen={oeffnen} beschriften={beschriften} texte={wk} onBereit={leafletBereit} />
          </div>
          {a && <Legende {...a} titel={`${ind?.label ?? ''}, ${fmtDatum(stichtag, sprache)}`} sprache={sprache} />}
          {stichtage.length > 1 && <p className="tabelle-fuss">{wk.klassenGleich(stichtage.length)}</p>}
          {a && ind && (
            <div className="chart-werkzeuge">
              <Herunterladen
                inhalt={{
                  art: 'karte',
                  ...kartenBildDaten(
                    a,
                    (geo[z.ebene] ?? []).map((g) => ({ id: g.id, name: g.name, geometry: ausLatLngs(g.polys) })),
                    sprache,
                  ),
                }}
                text={{ titel: `${ind.label}, ${ebeneName}`, beschreibung: wk.bildBeschreibung(fmtDatum(stichtag, sprache)), stand: fmtDatum(stichtag, sprache), quelle, namensnennung, hinweis: a?.illustrativ ? `${wk.beispieldaten}. ${geoHinweis}` : geoHinweis }}
                dateiname={`karte-${ind.id}-${z.ebene}-${stichtag}`}
                sprache={sprache}
                csv={{ punkte: csvPunkte, quellen: Object.fromEntries([...new Set(csvPunkte.map((p) => p.quelle))].map((q) => [q, quellen[q] ?? q])), namensnennung }}
              />
              <EinbettenDialog url={`${einbetten}${ind.id}/`} titel={wk.einbettenTitel(ind.label)} sprache={sprache} />
            </div>
          )}
        </div>
        <div className="karte-liste tabelle-scroll">
          <table className="daten" data-testid="karte-tabelle">
            <caption>
              {ind?.label}, {ebeneName}, {fmtDatum(stichtag, sprache)}
            </caption>
            <thead>
              <tr>
                <th scope="col">{wk.rangSpalte}</th>
                <th scope="col">{w.gebiet}</th>
                <th scope="col" className="num">
                  {wk.wert}
                </th>
              </tr>
            </thead>
            <tbody>
              {v.punkte.map((p, i) => (
                <tr key={p.x} className={p.x === markiert ? 'markiert' : undefined} data-gebiet={p.x} onMouseEnter={() => setFokus(p.x)} onMouseLeave={() => setFokus(null)}>
                  <td className="num">{p.wert === null ? '.' : i + 1}</td>
                  <th scope="row">
                    <a href={profil(p.x)} onFocus={() => setze({ gebiet: p.x })}>
                      {p.xLabel}
                    </a>
                  </th>
                  <td className={`num${p.illustrativ ? ' ill' : ''}`} title={zeichenTitel(p.zeichen, sprache)} data-wert={p.wert ?? ''}>
                    {fmtPunkt(p, sprache)}
                    {p.illustrativ && <IllMark sprache={sprache} />}
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
          <p className="tabelle-fuss">{wk.fussIll(quelle)}</p>
        </div>
      </div>
    </div>
  );
}
