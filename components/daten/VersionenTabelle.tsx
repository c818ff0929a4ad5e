import { ScrollBox } from '@/components/charts/shared/ScrollBox';
import { TabellenKopf } from '@/components/charts/shared/TabellenKopf';
import { DATASETS } from '@/lib/datasets';
import type { Version } from '@/lib/daten/versionen';
import { groesseText } from '@/lib/daten/seite';
import { fmtAnzahl, fmtDatum } from '@/lib/format';
import type { Sprache } from '@/lib/i18n/sprache';
import { woerter } from '@/lib/i18n/woerter';

/** Every release of the data, newest first, each with its archive at its versioned address. */
export function VersionenTabelle({ versionen, sprache }: { versionen: Version[]; sprache: Sprache }) {
  const wo = woerter(sprache);
  const w = wo.neu;
  const titel = (ds: keyof typeof DATASETS) => (sprache === 'de' ? DATASETS[ds].titel : wo.thema[ds].titel);
  const stichtage = (st: string[]) =>
    st.length <= 2 ? st.map((s) => fmtDatum(s, sprache)).join(', ') : w.stichtageSpanne(st.length, fmtDatum(st[0] ?? '', sprache), fmtDatum(st.at(-1) ?? '', sprache));
  return (
    <section aria-labelledby="versionen" data-testid="versionen">
      <h2 id="versionen">{w.versionen}</h2>
      <p>{w.versionenLead}</p>
      <ScrollBox label={w.versionenTabelle}>
        <table className="daten">
          <caption className="sr-only">{w.versionen}</caption>
          <TabellenKopf spalten={w.versionenKopf} />
          <tbody>
            {versionen.map((v, i) => (
              <tr key={`${v.version}|${v.veroeffentlicht}|${i}`} data-testid={`version-${v.version}`}>
                <td>
                  <code>{v.version}</code>
                  {i === 0 && <span className="klein"> ({w.aktuell})</span>}
                </td>
                <td>{fmtDatum(v.veroeffentlicht, sprache)}</td>
                <td>{fmtDatum(v.stand, sprache)}</td>
                <td>
                  {v.neueStichtage.length === 0
                    ? w.keineNeuenStichtage
                    : v.neueStichtage.map((n) => `${titel(n.datensatz)}: ${stichtage(n.stichtage)}`).join('; ')}
                </td>
                <td className="num">{fmtAnzahl(v.revisionen, sprache)}</td>
                <td>
                  <a href={`/daten/${v.zip.pfad}`} download>
                    ZIP
                  </a>{' '}
                  <span className="klein">({groesseText(v.zip.bytes, sprache)})</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </section>
  );
}
