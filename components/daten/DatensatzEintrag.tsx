import { TabellenKopf } from '@/components/charts/shared/TabellenKopf';
import { ScrollBox } from '@/components/charts/shared/ScrollBox';
import { Download } from '@/components/daten/Download';
import type { Kommune } from '@/lib/config';
import { DATEN, tabellenschemaVon, zitat } from '@/lib/daten/seite';
import { bestand, bestandText } from '@/lib/daten/bestand';
import { fmtDatum } from '@/lib/format';
import { herkunftVon, illustrativPruefer, kennzeichnung } from '@/lib/provenienz';
import type { DatensatzDatei, QuelleOut } from '@/lib/published';

interface Props {
  datei: DatensatzDatei;
  kommune: Kommune;
  quellen: QuelleOut[];
}

/** One dataset of the catalogue: description, Stand, sources, licence, citation, columns, downloads. */
export function DatensatzEintrag({ datei, kommune, quellen }: Props) {
  const ds = datei.datensatz;
  const stand = datei.stichtage.at(-1) ?? '';
  const genutzt = new Set(datei.werte.map((w) => w[5]));
  const schema = tabellenschemaVon(DATEN.schema(ds));
  const istIll = illustrativPruefer(quellen);
  const b = bestand(datei, istIll);
  return (
    <section className="datensatz" id={ds} data-testid={`datensatz-${ds}`} aria-labelledby={`${ds}-titel`}>
      <h2 id={`${ds}-titel`}>{datei.titel}</h2>
      <p>{datei.beschreibung}</p>
      <p className={b.beispieldaten ? 'hinweis-ill' : undefined} data-testid="bestand">
        {b.beispieldaten > 0 && <span className="badge badge-ill">Beispieldaten</span>} {bestandText(b)}
      </p>
      <dl className="eckdaten">
        <div>
          <dt>Stand</dt>
          <dd>{fmtDatum(stand)}</dd>
        </div>
        <div>
          <dt>Stichtage</dt>
          <dd data-testid="stichtage">{datei.stichtage.map((d) => fmtDatum(d)).join(' · ')}</dd>
        </div>
        <div>
          <dt>Quellen</dt>
          <dd>
            <ul>
              {quellen
                .filter((q) => genutzt.has(q.id))
                .map((q) => (
                  <li key={q.id}>
                    {q.herausgeber}: {q.titel} <span className={`art art-${q.art}`}>{kennzeichnung(herkunftVon(q.id, istIll))}</span>
                  </li>
                ))}
            </ul>
          </dd>
        </div>
        <div>
          <dt>Lizenz</dt>
          <dd>
            <a href={kommune.lizenz.url}>{kommune.lizenz.name}</a>
          </dd>
        </div>
      </dl>
      <p className="zitat" data-testid="zitat">
        <strong>Zitiervorschlag:</strong> {zitat(kommune, datei.titel, stand, DATEN.csv(ds), b)}
      </p>
      <ul className="downloads">
        <li>
          <Download pfad={DATEN.csv(ds)} label="Alle Stichtage" format="CSV, UTF-8" testid={`csv-${ds}`} />
        </li>
        <li>
          <Download pfad={DATEN.excel(ds)} label="Alle Stichtage für Excel" format="CSV mit ; und Dezimalkomma" testid={`excel-${ds}`} />
        </li>
        <li>
          <Download pfad={DATEN.schema(ds)} label="Tabellenschema" format="Frictionless JSON" />
        </li>
      </ul>
      <details>
        <summary>Je Stichtag ({datei.stichtage.length} Dateien)</summary>
        <ScrollBox label={`Tabelle: Dateien je Stichtag – ${datei.titel}`}>
          <table className="daten">
            <TabellenKopf spalten={['Stichtag', 'CSV', 'Excel']} />
            <tbody>
              {datei.stichtage.map((s) => (
                <tr key={s}>
                  <th scope="row">{fmtDatum(s)}</th>
                  <td>
                    <Download pfad={DATEN.stichtagCsv(ds, s)} label={`${s}.csv`} format="CSV" />
                  </td>
                  <td>
                    <Download pfad={DATEN.stichtagExcel(ds, s)} label={`${s}-excel.csv`} format="Excel" />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      </details>
      <details>
        <summary>Spalten</summary>
        <ScrollBox label={`Tabelle: Spalten – ${datei.titel}`}>
          <table className="daten" data-testid="spalten">
            <TabellenKopf spalten={['Spalte', 'Bedeutung', 'Typ']} />
            <tbody>
              {schema.fields.map((f) => (
                <tr key={f.name}>
                  <th scope="row">
                    <code>{f.name}</code>
                  </th>
                  <td>
                    {f.title}
                    {f.description ? ` – ${f.description}` : ''}
                  </td>
                  <td>{f.type}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      </details>
    </section>
  );
}
