import { fmtPunkt, zeichenTitel } from '@/components/charts/shared/format';
import { fmtDatum } from '@/lib/format';
import type { Punkt } from '@/lib/themen/model';
import type { ProfilZeile } from '@/lib/themen/profil';
import { IllMark } from '@/components/charts/shared/IllMark';
import { ScrollBox } from '@/components/charts/shared/ScrollBox';

function Zelle({ p }: { p: Punkt | null }) {
  if (!p) return <td className="num">.</td>;
  return (
    <td className={`num${p.illustrativ ? ' ill' : ''}`} title={zeichenTitel(p.zeichen)}>
      {fmtPunkt(p)}
      {p.illustrativ && <IllMark />}
    </td>
  );
}

/** "Sozialräume" → "Sozialräumen" (dative plural; nouns ending in -n or -s stay as they are). */
export const dativPlural = (plural: string) => (/[ns]$/.test(plural) ? plural : `${plural}n`);

/** All indicators of an area beside the area it lies in and the city, with its rank among peers. */
export function ProfilTabelle({ zeilen, name, parentName, stadtName, ebeneLabel }: { zeilen: ProfilZeile[]; name: string; parentName?: string; stadtName: string; ebeneLabel: string }) {
  const stand = zeilen[0]?.stichtag;
  return (
    <ScrollBox label={`Tabelle: Kennzahlen ${name}`}>
      <table className="daten profil" data-testid="profil-tabelle">
        <caption>Kennzahlen {name}{stand ? `, Stand ${fmtDatum(stand)}` : ''}</caption>
        <thead>
          <tr>
            <th scope="col">Kennzahl</th>
            <th scope="col" className="num">{name}</th>
            {parentName && <th scope="col" className="num">{parentName}</th>}
            <th scope="col" className="num">{stadtName}</th>
            <th scope="col" className="num">Rang unter den {dativPlural(ebeneLabel)}</th>
          </tr>
        </thead>
        <tbody>
          {zeilen.map((z) => (
            <tr key={z.indikator.id} data-indikator={z.indikator.id}>
              <th scope="row">{z.indikator.label}</th>
              <Zelle p={z.gebiet} />
              {parentName && <Zelle p={z.parent} />}
              <Zelle p={z.stadt} />
              <td className={`num${z.rang?.illustrativ ? ' ill' : ''}`}>
                {z.rang ? `${z.rang.rang} von ${z.rang.von}` : '.'}
                {z.rang?.illustrativ && <IllMark />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {zeilen.some((z) => z.gebiet?.illustrativ || z.parent?.illustrativ || z.stadt?.illustrativ || z.rang?.illustrativ) && <p className="tabelle-fuss">* Beispieldaten (illustrativ, keine amtlichen Werte). Rang 1 = höchster Wert.</p>}
    </ScrollBox>
  );
}
