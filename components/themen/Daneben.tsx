import { TabellenKopf } from '@/components/charts/shared/TabellenKopf';
import { ProvenanceBadge } from '@/components/ProvenanceBadge';
import { begriff, type BegriffId } from '@/lib/begriffe';
import { fmtAnzahl, fmtDatum } from '@/lib/format';
import { herkunftVon, illustrativPruefer } from '@/lib/provenienz';
import type { DatensatzDatei, QuelleOut } from '@/lib/published';
import { ScrollBox } from '@/components/charts/shared/ScrollBox';
import { BEGRIFFE_EN } from '@/lib/i18n/begriffe-en';
import { merkmalEn } from '@/lib/i18n/merkmale-en';
import type { Sprache } from '@/lib/i18n/sprache';
import { woerter } from '@/lib/i18n/woerter';

interface Props {
  datei: DatensatzDatei;
  merkmal: string;
  begriffId: BegriffId;
  ags: string;
  quellen: QuelleOut[];
  sprache?: Sprache;
}

/** Official figures of another definition, beside the page's own, with their Stand and source — never compared. */
export function Daneben({ datei, merkmal, begriffId, ags, quellen, sprache = 'de' }: Props) {
  const istIll = illustrativPruefer(quellen);
  const werte = datei.werte.filter(([, g, m, w]) => g === ags && m === merkmal && w !== null);
  if (!werte.length) return null;
  const b = sprache === 'de' ? begriff(begriffId) : BEGRIFFE_EN[begriffId];
  const w = woerter(sprache);
  const deLabel = datei.merkmale.find((m) => m.id === merkmal)?.label ?? merkmal;
  const label = sprache === 'de' ? deLabel : (merkmalEn(merkmal, deLabel) ?? deLabel);
  const titel = (id: string) => quellen.find((q) => q.id === id);
  return (
    <section className="daneben" aria-labelledby="daneben-titel" data-testid="daneben">
      <h2 id="daneben-titel">
        {w.seite.daneben}: {b.begriff}
      </h2>
      <p>{b.definition}</p>
      <ScrollBox label={`${w.diagramm.tabelle}: ${b.begriff}`}>
        <table className="daten">
          <caption>
            {label}, {w.seite.stadt}
          </caption>
          <TabellenKopf spalten={w.seite.spaltenDaneben} />
          <tbody>
            {werte.map(([s, , , wert, , q]) => (
              <tr key={s}>
                <th scope="row">{fmtDatum(s, sprache)}</th>
                <td className="num">{fmtAnzahl(wert ?? 0, sprache)}</td>
                <td>{titel(q) ? `${titel(q)?.herausgeber}: ${titel(q)?.titel}` : q}</td>
                <td>
                  <ProvenanceBadge illustrativ={herkunftVon(q, istIll).illustrativ} sprache={sprache} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </section>
  );
}
