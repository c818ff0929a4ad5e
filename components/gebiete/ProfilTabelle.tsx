import { fmtDatum } from '@/lib/format';
import type { Sprache } from '@/lib/i18n/sprache';
import { woerter } from '@/lib/i18n/woerter';
import type { ProfilZeile } from '@/lib/themen/profil';
import { IllMark } from '@/components/charts/shared/IllMark';
import { WertZelle } from '@/components/charts/shared/WertZelle';
import { SortierbareTabelle, type Spalte } from '@/components/charts/shared/SortierbareTabelle';
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
  const spalten: Spalte[] = [
    { id: 'kennzahl', label: w.kennzahl },
    { id: 'gebiet', label: name, num: true },
    ...(parentName ? [{ id: 'parent', label: parentName, num: true }] : []),
    { id: 'stadt', label: stadtName, num: true },
    { id: 'rang', label: w.rangUnter(ebeneLabel), num: true },
  ];
  return (
    <ScrollBox label={w.tabelle(name)}>
      <SortierbareTabelle
        id="profil"
        klasse="daten profil"
        testid="profil-tabelle"
        caption={w.caption(name, stand ? fmtDatum(stand, sprache) : '')}
        spalten={spalten}
        sprache={sprache}
        zeilen={zeilen.map((z) => ({
          id: z.indikator.id,
          attribute: { 'data-indikator': z.indikator.id },
          werte: [z.indikator.label, z.gebiet?.wert ?? null, ...(parentName ? [z.parent?.wert ?? null] : []), z.stadt?.wert ?? null, z.rang?.rang ?? null],
          zellen: (
            <>
              <th scope="row">{z.indikator.label}</th>
              <WertZelle p={z.gebiet} sprache={sprache} />
              {parentName && <WertZelle p={z.parent} sprache={sprache} />}
              <WertZelle p={z.stadt} sprache={sprache} />
              <td className={`num${z.rang?.illustrativ ? ' ill' : ''}`}>
                {z.rang ? w.rangVon(z.rang.rang, z.rang.von) : '.'}
                {z.rang?.illustrativ && <IllMark sprache={sprache} />}
              </td>
            </>
          ),
        }))}
      />
      {zeilen.some((z) => z.gebiet?.illustrativ || z.parent?.illustrativ || z.stadt?.illustrativ || z.rang?.illustrativ) && <p className="tabelle-fuss">{w.fussIll}</p>}
    </ScrollBox>
  );
}
