'use client';

import 'leaflet/dist/leaflet.css';
import { divIcon, type Polygon as LPolygon } from 'leaflet';
import { useEffect, useMemo, useRef } from 'react';
import { MapContainer, Marker, Polygon, TileLayer, Tooltip, useMap, ZoomControl } from 'react-leaflet';
import type { LatLngPolys } from '@/lib/karte/geometrie';
import { beschriftungenOrdnen } from '@/components/rahmen/beschriftung';
import { KARTEN_MUSTER, musterUrl } from './KartenMuster';

export interface KartenGebiet {
  id: string;
  name: string;
  polys: LatLngPolys;
  label: [number, number];
  /** Its name's rank where names would overlap: 0 = the largest area of its level (lib/karte/beschriftung). */
  rang: number;
  farbe: string;
  geheim: boolean;
  /** Its value is illustrative: white stripes over the class colour, as on bars. */
  illustrativ: boolean;
  /** Tooltip text: value, rank, city value. */
  text: string;
}

interface Props {
  gebiete: KartenGebiet[];
  umriss: LatLngPolys;
  kachel: { url: string; namensnennung: string } | null;
  fokus: string | null;
  onFokus: (id: string | null) => void;
  /** Keyboard focus selects the area (kept in the URL). */
  onWaehlen: (id: string) => void;
  onOeffnen: (id: string) => void;
  /** Names on the map (at the coarsest level; finer areas are named in tooltips and the table). */
  beschriften: boolean;
  /** The map's words in the page's language. */
  texte: { region: string; oeffnet: string; vergroessern: string; verkleinern: string };
  /** Called once the map is fitted and its areas are drawn. */
  onBereit: () => void;
}

function Einpassen({ umriss, name }: { umriss: LatLngPolys; name: string }) {
  const map = useMap();
  useEffect(() => {
    const pts = umriss.flat(2);
    if (pts.length) map.fitBounds(pts as [number, number][], { padding: [12, 12], animate: false });
    // Leaflet makes the container a tab stop (arrow keys pan): it needs a name.
    const c = map.getContainer();
    c.setAttribute('role', 'region');
    c.setAttribute('aria-label', name);
  }, [map, umriss, name]);
  return null;
}

/** Reports once its siblings before it (the fit, the areas) have run their effects. */
function Bereit({ onBereit }: Pick<Props, 'onBereit'>) {
  useEffect(() => onBereit(), [onBereit]);
  return null;
}

/** One area: focusable with Tab, Enter opens its profile, hover/focus shows the tooltip. */
function Flaeche({ g, fokus, onFokus, onWaehlen, onOeffnen, oeffnet }: { g: KartenGebiet; fokus: boolean; oeffnet: string } & Pick<Props, 'onFokus' | 'onWaehlen' | 'onOeffnen'>) {
  const ref = useRef<LPolygon>(null);
  // Handlers read the latest props; they are attached once, when Leaflet adds the path.
  const aktuell = useRef({ g, onFokus, onWaehlen, onOeffnen });
  useEffect(() => {
    aktuell.current = { g, onFokus, onWaehlen, onOeffnen };
    ref.current?.getElement()?.setAttribute('aria-label', `${g.name}: ${g.text}. ${oeffnet}`);
  });
  const einrichten = () => {
    const layer = ref.current;
    const el = layer?.getElement() as SVGElement | undefined;
    if (!layer || !el || el.hasAttribute('data-gebiet')) return;
    el.setAttribute('tabindex', '0');
    el.setAttribute('role', 'link');
    el.setAttribute('data-gebiet', g.id);
    el.setAttribute('aria-label', `${g.name}: ${g.text}. ${oeffnet}`);
    el.addEventListener('focus', () => {
      aktuell.current.onWaehlen(aktuell.current.g.id);
      layer.openTooltip();
    });
    el.addEventListener('blur', () => layer.closeTooltip());
    el.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') aktuell.current.onOeffnen(aktuell.current.g.id);
    });
  };
  return (
    <Polygon
      ref={ref}
      positions={g.polys}
      className={`gebiet${g.geheim ? ' geheim' : ''}`}
      // Focused: a wide white ring under a black one (drawn by FokusRing) – one of the two stands out from any fill (≥ 3:1).
      pathOptions={{ color: '#ffffff', weight: fokus ? 9 : 1.5, fillColor: g.farbe, fillOpacity: 0.85 }}
      eventHandlers={{ add: einrichten, mouseover: () => onFokus(g.id), mouseout: () => onFokus(null), click: () => onOeffnen(g.id) }}
    >
      <Tooltip sticky>
        <strong>{g.name}</strong>
        <br />
        {g.text}
      </Tooltip>
    </Polygon>
  );
}

/** Name on the map: a text-only marker (no icon image is requested), with its rank for NamenOrdnen. */
function Beschriftung({ g }: { g: KartenGebiet }) {
  const icon = useMemo(() => divIcon({ className: 'karte-label', html: `<span data-rang="${g.rang}">${g.name.replace(/[<>&]/g, '')}</span>`, iconSize: undefined }), [g.name, g.rang]);
  return <Marker position={g.label} icon={icon} interactive={false} keyboard={false} />;
}

/** Names that would cover a larger area's are hidden, after each fit, zoom or resize (as on the static map). */
function NamenOrdnen({ namen }: { namen: string }) {
  const map = useMap();
  useEffect(() => {
    if (!namen) return;
    const ordnen = () => beschriftungenOrdnen(map.getContainer());
    ordnen();
    map.on('zoomend resize viewreset', ordnen);
    return () => {
      map.off('zoomend resize viewreset', ordnen);
    };
  }, [map, namen]);
  return null;
}

/**
 * The Leaflet map: no tile layer unless the municipality configured one, so by default no
 * request leaves the site. Loaded only on the map page, only in the browser.
 */
export function KartenFlaeche({ gebiete, umriss, kachel, fokus, onFokus, onWaehlen, onOeffnen, beschriften, texte, onBereit }: Props) {
  // No zoom steps: the outline fits the box exactly, as in the static view it replaces (KartenStatisch).
  return (
    <MapContainer className="karte-leaflet" center={[0, 0]} zoom={11} zoomSnap={0} scrollWheelZoom={false} attributionControl={!!kachel} zoomControl={false} zoomAnimation={false} fadeAnimation={false}>
      <ZoomControl position="topleft" zoomInTitle={texte.vergroessern} zoomOutTitle={texte.verkleinern} zoomInText="+" zoomOutText="−" />
      {kachel && <TileLayer url={kachel.url} attribution={kachel.namensnennung} />}
      <Einpassen umriss={umriss} name={texte.region} />
      <Polygon positions={umriss} className="umriss" pathOptions={{ weight: 2.5, fill: false, interactive: false }} />
      {gebiete.map((g) => (
        <Flaeche key={g.id} g={g} fokus={fokus === g.id} onFokus={onFokus} onWaehlen={onWaehlen} onOeffnen={onOeffnen} oeffnet={texte.oeffnet} />
      ))}
      {gebiete
        .filter((g) => g.illustrativ)
        .map((g) => (
          <Polygon key={`ill-${g.id}`} positions={g.polys} className="gebiet-ill" interactive={false} pathOptions={{ stroke: false, fillColor: musterUrl(KARTEN_MUSTER, 'beispiel'), fillOpacity: 1 }} />
        ))}
      {beschriften && gebiete.map((g) => <Beschriftung key={`l-${g.id}`} g={g} />)}
      {gebiete
        .filter((g) => g.id === fokus)
        .map((g) => (
          <Polygon key={`fokus-${g.id}`} positions={g.polys} className="fokus-ring" interactive={false} pathOptions={{ color: '#000000', weight: 3.5, fill: false }} />
        ))}
      <NamenOrdnen namen={beschriften ? gebiete.map((g) => g.id).join(' ') : ''} />
      <Bereit onBereit={onBereit} />
    </MapContainer>
  );
}
