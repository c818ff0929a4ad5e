import type { Metadata } from 'next';
import { fmtPunkt } from '@/components/charts/shared/format';
import { IllMark } from '@/components/charts/shared/IllMark';
import { ScrollBox } from '@/components/charts/shared/ScrollBox';
import { TabellenKopf } from '@/components/charts/shared/TabellenKopf';
import { DruckenKnopf } from '@/components/DruckenKnopf';
import { KennzahlKarte } from '@/components/kennzahlen/KennzahlKarte';
import { loadKennzahlen, loadKommune, loadKonzepte, loadQuellen } from '@/lib/data';
import { jahreskosten } from '@/lib/konzept/pruefen';
import { massnahmenPunkte } from '@/lib/konzept/punkte';
import { fmtIn } from '@/lib/themen/einheit';
import { ebeneName, oberste } from '@/lib/ebenen';
import { fmtDatum, grossAnfang } from '@/lib/format';
import { indikatorIn } from '@/lib/i18n/indikatoren-en';
import { inSprache, type Sprache } from '@/lib/i18n/sprache';
import { woerter } from '@/lib/i18n/woerter';
import { INDIKATOREN } from '@/lib/themen/indikatoren';
import { vergleich } from '@/lib/themen/punkte';
import { indikatorDaten } from '@/lib/themen/seite';

export function handoutMetadata(sprache: Sprache): Metadata {
  const w = woerter(sprache).handout;
  return { title: w.titel, description: w.beschreibung, alternates: { languages: { de: '/handout/', en: '/en/handout/' } } };
}

const SPALTEN = ['einwohner', 'anteil_mh', 'anteil_auslaender', 'fluechtlinge_je_1000', 'eu2_je_1000'];

/** One A4 page: key figures of the latest Stichtag and the areas of the coarsest level at a glance, with sources. */
export function HandoutSeite({ sprache }: { sprache: Sprache }) {
  const kommune = loadKommune();
  const { stand, kennzahlen } = loadKennzahlen();
  const quellen = new Map(loadQuellen().map((q) => [q.id, q]));
  const w = woerter(sprache).handout;
  const k = indikatorDaten(sprache);
  const inds = SPALTEN.map((id) => INDIKATOREN.find((i) => i.id === id))
    .filter((i) => i !== undefined)
    .map((i) => indikatorIn(i, sprache));
  const stichtag = k.stichtage.filter((s) => s <= stand).at(-1) ?? stand;
  const ebene = oberste(kommune.ebenen);
  const spalten = inds.map((i) => vergleich(k, kommune.ags, ebene.id, stichtag, i.merkmal, i.mass).punkte);
  const gebiete = k.gebiete.filter((g) => g.ebene === ebene.id);
  const quellenText = [...new Set(kennzahlen.flatMap((kz) => kz.quellen))]
    .map((id) => {
      const q = quellen.get(id);
      return q ? `${q.herausgeber}: ${q.titel}` : id;
    })
    .join('; ');
  return (
    <div className="wrap handout" data-testid="handout">
      <div className="handout-kopf">
        <h1>{w.kopf(kommune.name)}</h1>
        <p>
          {w.stand} <strong>{fmtDatum(stand, sprache)}</strong> · {kommune.herausgeber.name} · <DruckenKnopf text={w.drucken} />
        </p>
      </div>
      <div className="kennzahlen handout-kennzahlen">
        {kennzahlen.map((kz) => (
          <KennzahlKarte key={kz.id} k={kz} quellen={quellen} sprache={sprache} />
        ))}
      </div>
      <ScrollBox label={w.tabelle}>
        <table className="daten handout-tabelle" data-testid="handout-tabelle">
          <caption>
            {w.caption(
              grossAnfang(ebeneName(ebene, 'plural', sprache)),
              fmtDatum(stichtag, sprache),
              spalten.some((ps) => ps.some((p) => p.illustrativ)),
            )}
          </caption>
          <TabellenKopf spalten={[grossAnfang(ebeneName(ebene, 'singular', sprache)), ...inds.map((i) => `#${i.kurz}`)]} />
          <tbody>
            {gebiete.map((g) => (
              <tr key={g.id}>
                <th scope="row">{g.name}</th>
                {spalten.map((punkte, i) => {
                  const p = punkte.find((x) => x.x === g.id);
                  return (
                    <td key={inds[i]?.id} className={`num${p?.illustrativ ? ' ill' : ''}`}>
                      {p ? fmtPunkt(p, sprache) : '.'}
                      {p?.illustrativ && <IllMark sprache={sprache} />}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      {loadKonzepte()
        .filter((kz) => kz.handout)
        .map((kz) => {
          const wk = woerter(sprache).konzept;
          const euro = (n: number) => fmtIn(n, 'Euro', sprache);
          const groesste = massnahmenPunkte(kz, wk.kostenart).slice(0, 3);
          return (
            <p key={kz.id} className="handout-konzept" data-testid="handout-konzept">
              <strong>
                <span lang={sprache === 'de' ? undefined : 'de'}>{kz.titel}</span>
                {wk.handout(kz.massnahmen.length, euro(jahreskosten(kz).summe))}
              </strong>
              {groesste.length > 0 && (
                <>
                  {'; '}
                  {wk.handoutGroesste}: <span lang={sprache === 'de' ? undefined : 'de'}>{groesste.map((p) => `${p.xLabel} ${euro(p.wert ?? 0)}`).join(', ')}</span>
                </>
              )}
              . <a href={inSprache(`/konzept/${kz.id}/`, sprache)}>{`${kommune.veroeffentlichung.basisUrl}${inSprache(`/konzept/${kz.id}/`, sprache).slice(1)}`}</a>
            </p>
          );
        })}
      <p className="handout-fuss">{w.fuss(quellenText, kommune.lizenz.namensnennung, `${kommune.veroeffentlichung.basisUrl}${inSprache('/', sprache).slice(1)}`)}</p>
    </div>
  );
}
