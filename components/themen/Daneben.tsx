import { TabellenKopf } from '@/components/charts/shared/TabellenKopf';
import { ProvenanceBadge } from '@/components/ProvenanceBadge';
import { begriff, type BegriffId } from '@/lib/begriffe';
import { fmtAnzahl, fmtDatum } from '@/lib/format';
import { herkunftVon, illustrativPruefer } from '@/lib/provenienz';
import type { DatensatzDatei, QuelleOut } from '@/lib/published';
import { ScrollBox } from '@/components/charts/shared/ScrollBox';

interface Props {
  datei: DatensatzDatei;
  merkmal: string;
  begriffId: BegriffId;
  ags: string;
  quellen: QuelleOut[];
}

/** Official figures of another definition, beside the page's own, with their Stand and source — never compared. */
export function Daneben({ datei, merkmal, begriffId, ags, quellen }: Props) {
  const istIll = illustrativPruefer(quellen);
  const werte = datei.werte.filter(([, g, m, w]) => g === ags && m === merkmal && w !== null);
  if (!werte.length) return null;
  const b = begriff(begriffId);
  const titel = (id: string) => quellen.find((q) => q.id === id);
  return (
    <section className="daneben" aria-labelledby="daneben-titel" data-testid="daneben">
      <h2 id="daneben-titel">Daneben: {b.begriff}</h2>
      <p>{b.definition}</p>
      <ScrollBox label={`Tabelle: ${b.begriff}`}>
        <table className="daten">
          <caption>{datei.merkmale.find((m) => m.id === merkmal)?.label ?? merkmal}, Stadt</caption>
          <TabellenKopf spalten={['Stichtag', '#Anzahl', 'Quelle', 'Kennzeichnung']} />
          <tbody>
            {werte.map(([s, , , w, , q]) => (
              <tr key={s}>
                <th scope="row">{fmtDatum(s)}</th>
                <td className="num">{fmtAnzahl(w ?? 0)}</td>
                <td>{titel(q) ? `${titel(q)?.herausgeber}: ${titel(q)?.titel}` : q}</td>
                <td>
                  <ProvenanceBadge illustrativ={herkunftVon(q, istIll).illustrativ} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </section>
  );
}
