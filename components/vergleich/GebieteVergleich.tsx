'use client';

import { AnsichtHinweis } from '@/components/charts/shared/AnsichtHinweis';
import { Auswahl, StichtagAuswahl } from '@/components/charts/shared/Auswahl';
import { fmtIn } from '@/components/charts/shared/format';
import { IllMark } from '@/components/charts/shared/IllMark';
import { WertZelle } from '@/components/charts/shared/WertZelle';
import { LinkKopieren } from '@/components/charts/shared/LinkKopieren';
import { ScrollBox } from '@/components/charts/shared/ScrollBox';
import { useUrlTeil } from '@/components/useUrlTeil';
import { waehlen } from '@/lib/ansicht/url';
import { fmtDatum, fmtEineStelle, fmtVeraenderung } from '@/lib/format';
import { diagramm } from '@/lib/i18n/diagramm';
import type { Sprache } from '@/lib/i18n/sprache';
import type { Indikator } from '@/lib/themen/indikatoren';
import type { KompaktFuerClient } from '@/lib/themen/kompaktGepackt';
import { useKompakt } from '@/components/useKompakt';
import { nebeneinander, zweiStichtage } from '@/lib/vergleich/gebiete';

interface Props {
  /** Packed by the server (lib/themen/kompaktGepackt.ts), or as it is. */
  k: KompaktFuerClient;
  ags: string;
  indikatoren: Indikator[];
  /** Areas offered, in register order, with their indentation (city first). */
  optionen: { wert: string; label: string }[];
  /** Default areas side by side (two of the coarsest level). */
  standardGebiete: string[];
  sprache?: Sprache;
}


/**
 * Areas side by side (two or three, with the city) for every indicator, and one area at two
 * Stichtage with the change — the view in the address (?gebiete=A,B,C&stichtag=…&gebiet=…&von=…&bis=…).
 */
export function GebieteVergleich({ k: erhalten, ags, indikatoren, optionen, standardGebiete, sprache = 'de' }: Props) {
  const k = useKompakt(erhalten);
  const w = diagramm(sprache);
  const wv = w.gebieteVergleich;
  const [suche, setSuche] = useUrlTeil('search');
  const p = new URLSearchParams(suche);
  const ids = optionen.map((o) => o.wert);
  const stichtage = k.stichtage.filter((s) => k.werte.einwohner?.[ags]?.[s]?.[0] != null);
  const standard = { gebiete: standardGebiete.join(','), stichtag: stichtage.at(-1) ?? '', gebiet: ags, von: stichtage.at(-2) ?? stichtage[0] ?? '', bis: stichtage.at(-1) ?? '' };
  const falsch: string[] = [];
  const wahl = <T extends string>(name: keyof typeof standard, erlaubt: readonly T[]) => {
    const r = waehlen(p.get(name) ?? undefined, erlaubt, standard[name] as T);
    if (r.falsch) falsch.push(r.falsch);
    return r.wert;
  };
  const gelesen = (p.get('gebiete') ?? standard.gebiete).split(',').filter(Boolean).slice(0, 3);
  const gueltig = gelesen.filter((g) => ids.includes(g));
  for (const g of gelesen) if (!ids.includes(g)) falsch.push(g);
  const gebiete = gueltig.length ? gueltig : standardGebiete;
  const stichtag = wahl('stichtag', stichtage);
  const gebiet = wahl('gebiet', ids);
  const von = wahl('von', stichtage);
  const bis = wahl('bis', stichtage);
  const setzen = (werte: Partial<Record<keyof typeof standard, string>>) => {
    const neu = new URLSearchParams(window.location.search);
    for (const [name, wert] of Object.entries(werte)) {
      if (!wert || wert === standard[name as keyof typeof standard]) neu.delete(name);
      else neu.set(name, wert);
    }
    const s = neu.toString();
    setSuche(s ? `?${s}` : '');
  };
  const setGebiet = (i: number) => (id: string) => {
    const liste = [...gebiete];
    if (id === '') liste.splice(i, 1);
    else liste[i] = id;
    setzen({ gebiete: [...new Set(liste)].join(',') });
  };
  const name = (id: string) => k.gebiete.find((g) => g.id === id)?.name ?? id;
  const zeilen = nebeneinander(k, ags, gebiete, stichtag, indikatoren);
  const spalten = [...gebiete.filter((g) => g !== ags), ags];
  const aenderungen = zweiStichtage(k, gebiet, von, bis, indikatoren);
  const keins = { wert: '', label: wv.keins };
  const datumOptionen = stichtage.map((s) => ({ wert: s, label: fmtDatum(s, sprache) }));
  const hatIll = zeilen.some((z) => z.zellen.some((c) => c?.illustrativ)) || aenderungen.some((a) => a.illustrativ);
  return (
    <>
      <AnsichtHinweis falsch={falsch} sprache={sprache} />
      <section id="nebeneinander" aria-labelledby="nebeneinander-titel" data-testid="nebeneinander">
        <h2 id="nebeneinander-titel">{wv.nebeneinander}</h2>
        <div className="steuerung">
          {[0, 1, 2].map((i) => (
            <Auswahl key={i} label={wv.gebiet(i + 1)} wert={gebiete[i] ?? ''} optionen={i < 1 ? optionen : [keins, ...optionen]} onChange={setGebiet(i)} testid={`vergleich-gebiet-${i + 1}`} />
          ))}
          <StichtagAuswahl stichtage={stichtage} wert={stichtag} onChange={(s) => setzen({ stichtag: s })} testid="vergleich-stichtag" name="stichtag" sprache={sprache} />
        </div>
        <ScrollBox label={wv.nebeneinander}>
          <table className="daten" data-testid="nebeneinander-tabelle">
            <caption>{wv.caption(fmtDatum(stichtag, sprache))}</caption>
            <thead>
              <tr>
                <th scope="col">{wv.kennzahl}</th>
                {spalten.map((g) => (
                  <th key={g} scope="col" className="num">
                    {name(g)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {zeilen.map((z) => (
                <tr key={z.indikator.id} data-indikator={z.indikator.id}>
                  <th scope="row">{z.indikator.label}</th>
                  {z.zellen.map((c, i) => (
                    <WertZelle key={spalten[i]} p={c} sprache={sprache} />
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
        <div className="chart-werkzeuge">
          <LinkKopieren id="nebeneinander" sprache={sprache} />
        </div>
      </section>
      <section id="zwei-stichtage" aria-labelledby="zwei-titel" data-testid="zwei-stichtage">
        <h2 id="zwei-titel">{wv.zweiStichtage}</h2>
        <div className="steuerung">
          <Auswahl label={w.gebiet} wert={gebiet} optionen={optionen} onChange={(g) => setzen({ gebiet: g })} testid="zwei-gebiet" name="gebiet" />
          <Auswahl label={wv.von} wert={von} optionen={datumOptionen} onChange={(s) => setzen({ von: s })} testid="zwei-von" name="von" />
          <Auswahl label={wv.bis} wert={bis} optionen={datumOptionen} onChange={(s) => setzen({ bis: s })} testid="zwei-bis" name="bis" />
        </div>
        <ScrollBox label={wv.zweiStichtage}>
          <table className="daten" data-testid="zwei-tabelle">
            <caption>{wv.captionZwei(name(gebiet), fmtDatum(von, sprache), fmtDatum(bis, sprache))}</caption>
            <thead>
              <tr>
                <th scope="col">{wv.kennzahl}</th>
                <th scope="col" className="num">
                  {fmtDatum(von, sprache)}
                </th>
                <th scope="col" className="num">
                  {fmtDatum(bis, sprache)}
                </th>
                <th scope="col" className="num">
                  {wv.veraenderung}
                </th>
              </tr>
            </thead>
            <tbody>
              {aenderungen.map((a) => (
                <tr key={a.indikator.id} data-indikator={a.indikator.id}>
                  <th scope="row">{a.indikator.label}</th>
                  <WertZelle p={a.von} sprache={sprache} />
                  <WertZelle p={a.bis} sprache={sprache} />
                  <td className={`num${a.illustrativ ? ' ill' : ''}`} data-testid="veraenderung" title={a.bruch ? `${w.bruchArten[a.bruch.art as keyof typeof w.bruchArten] ?? ''}: ${a.bruch.beschreibung}` : undefined}>
                    {a.bruch
                      ? wv.bruch
                      : a.differenz === null
                        ? wv.keine
                        : a.indikator.mass.art === 'anteil' && a.indikator.mass.faktor === 100
                          ? `${fmtVeraenderung(a.differenz, sprache, fmtEineStelle)} ${wv.punkte}`
                          : `${fmtVeraenderung(a.differenz, sprache, (n, s) => fmtIn(n, a.von?.einheit ?? 'Anzahl', s))}${a.prozent !== null ? ` (${fmtVeraenderung(a.prozent, sprache, fmtEineStelle)} %)` : ''}`}
                    {a.illustrativ && a.differenz !== null && <IllMark sprache={sprache} />}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
        <div className="chart-werkzeuge">
          <LinkKopieren id="zwei-stichtage" sprache={sprache} />
        </div>
      </section>
      {hatIll && <p className="tabelle-fuss">{wv.fussIll}</p>}
    </>
  );
}
