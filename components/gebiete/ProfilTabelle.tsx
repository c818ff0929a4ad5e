import { fmtDatum } from '@/lib/format';
import type { Sprache } from '@/lib/i18n/sprache';
import { woerter } from '@/lib/i18n/woerter';
import type { ProfilZeile } from '@/lib/themen/profil';
import { IllMark } from '@/components/charts/shared/IllMark';
import { WertZelle } from '@/components/charts/shared/WertZelle';
import { ScrollBox } from '@/components/charts/shared/ScrollBox';


interface Props {
  zeilen: ProfilZeile[];
  name: string;
  parentName?: string;
  stadtName: string;
  /** The area's level, named in the plural. */
  ebeneLabel: string;
  sprache?: Sprache;
}

/** All indicators of an area beside the area it lies in and the city, with its rank among peers. */
export function ProfilTabelle({ zeilen, name, parentName, stadtName, ebeneLabel, sprache = 'de' }: Props) {
  const w = woerter(sprache).gebiete;
  const stand = zeilen[0]?.stichtag;
  return (
    <ScrollBox label={w.tabelle(name)}>
      <table className="daten profil" data-testid="profil-tabelle">
        <caption>{w.caption(name, stand ? fmtDatum(stand, sprache) : '')}</caption>
        <thead>
          <tr>
            <th scope="col">{w.kennzahl}</th>
            <th scope="col" className="num">
              {name}
            </th>
            {parentName && (
              <th scope="col" className="num">
                {parentName}
              </th>
            )}
            <th scope="col" className="num">
              {stadtName}
            </th>
            <th scope="col" className="num">
              {w.rangUnter(ebeneLabel)}
            </th>
          </tr>
        </thead>
        <tbody>
          {zeilen.map((z) => (
            <tr key={z.indikator.id} data-indikator={z.indikator.id}>
              <th scope="row">{z.indikator.label}</th>
              <WertZelle p={z.gebiet} sprache={sprache} />
              {parentName && <WertZelle p={z.parent} sprache={sprache} />}
              <WertZelle p={z.stadt} sprache={sprache} />
              <td className={`num${z.rang?.illustrativ ? ' ill' : ''}`}>
                {z.rang ? w.rangVon(z.rang.rang, z.rang.von) : '.'}
                {z.rang?.illustrativ && <IllMark sprache={sprache} />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {zeilen.some((z) => z.gebiet?.illustrativ || z.parent?.illustrativ || z.stadt?.illustrativ || z.rang?.illustrativ) && <p className="tabelle-fuss">{w.fussIll}</p>}
    </ScrollBox>
  );
}
