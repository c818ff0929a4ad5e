import type { Metadata } from 'next';
import { oberste } from '@/lib/ebenen';
import { IllMark } from '@/components/charts/shared/IllMark';
import { TabellenKopf } from '@/components/charts/shared/TabellenKopf';
import { fmtPunkt } from '@/components/charts/shared/format';
import { DruckenKnopf } from '@/components/DruckenKnopf';
import { KennzahlKarte } from '@/components/kennzahlen/KennzahlKarte';
import { loadKennzahlen, loadKommune, loadQuellen } from '@/lib/data';
import { fmtDatum } from '@/lib/format';
import { INDIKATOREN } from '@/lib/themen/indikatoren';
import { vergleich } from '@/lib/themen/punkte';
import { indikatorDaten } from '@/lib/themen/seite';
import { ScrollBox } from '@/components/charts/shared/ScrollBox';

export const metadata: Metadata = { title: 'Handout', description: 'Die Kennzahlen des neuesten Stichtags auf einer A4-Seite, zum Ausdrucken.' };

const SPALTEN = ['einwohner', 'anteil_mh', 'anteil_auslaender', 'fluechtlinge_je_1000', 'eu2_je_1000'];

/** One A4 page: key figures of the latest Stichtag and the areas of the coarsest level at a glance, with sources. */
export default function Handout() {
  const kommune = loadKommune();
  const { stand, kennzahlen } = loadKennzahlen();
  const quellen = new Map(loadQuellen().map((q) => [q.id, q]));
  const k = indikatorDaten();
  const inds = SPALTEN.map((id) => INDIKATOREN.find((i) => i.id === id)).filter((i) => i !== undefined);
  const stichtag = k.stichtage.filter((s) => s <= stand).at(-1) ?? stand;
  const ebene = oberste(kommune.ebenen);
  const spalten = inds.map((i) => vergleich(k, kommune.ags, ebene.id, stichtag, i.merkmal, i.mass).punkte);
  const sozialraeume = k.gebiete.filter((g) => g.ebene === ebene.id);
  return (
    <div className="wrap handout" data-testid="handout">
      <div className="handout-kopf">
        <h1>Integration in {kommune.name}: Zahlen auf einen Blick</h1>
        <p>
          Stand <strong>{fmtDatum(stand)}</strong> · {kommune.herausgeber.name} · <DruckenKnopf text="Handout drucken" />
        </p>
      </div>
      <div className="kennzahlen handout-kennzahlen">
        {kennzahlen.map((kz) => (
          <KennzahlKarte key={kz.id} k={kz} quellen={quellen} />
        ))}
      </div>
      <ScrollBox label="Tabelle: Kennzahlen der Gebiete">
        <table className="daten handout-tabelle" data-testid="handout-tabelle">
          <caption>
            {ebene.plural}, Stichtag {fmtDatum(stichtag)}
            {spalten.some((ps) => ps.some((p) => p.illustrativ)) ? ' (* Beispieldaten)' : ''}
          </caption>
          <TabellenKopf spalten={[ebene.singular, ...inds.map((i) => `#${i.kurz}`)]} />
          <tbody>
            {sozialraeume.map((g) => (
              <tr key={g.id}>
                <th scope="row">{g.name}</th>
                {spalten.map((punkte, i) => {
                  const p = punkte.find((x) => x.x === g.id);
                  return (
                    <td key={inds[i]?.id} className={`num${p?.illustrativ ? ' ill' : ''}`}>
                      {p ? fmtPunkt(p) : '.'}
                      {p?.illustrativ && <IllMark />}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      <p className="handout-fuss">
        Quellen: {[...new Set(kennzahlen.flatMap((kz) => kz.quellen))].map((id) => { const q = quellen.get(id); return q ? `${q.herausgeber}: ${q.titel}` : id; }).join('; ')}. Beispieldaten
        sind illustrativ, keine amtlichen Zahlen. {kommune.lizenz.namensnennung}. Alle Zahlen, Quellen und Downloads: {kommune.veroeffentlichung.basisUrl}
      </p>
    </div>
  );
}
