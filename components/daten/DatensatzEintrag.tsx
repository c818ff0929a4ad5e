import { TabellenKopf } from '@/components/charts/shared/TabellenKopf';
import { ScrollBox } from '@/components/charts/shared/ScrollBox';
import { Download } from '@/components/daten/Download';
import type { Kommune } from '@/lib/config';
import { DATEN, tabellenschemaVon, zitat } from '@/lib/daten/seite';
import { bestand, bestandText } from '@/lib/daten/bestand';
import { fmtDatum } from '@/lib/format';
import { herkunftVon, illustrativPruefer, kennzeichnung } from '@/lib/provenienz';
import type { DatensatzDatei, QuelleOut } from '@/lib/published';
import { diagramm } from '@/lib/i18n/diagramm';
import type { Sprache } from '@/lib/i18n/sprache';
import { woerter } from '@/lib/i18n/woerter';

interface Props {
  datei: DatensatzDatei;
  kommune: Kommune;
  quellen: QuelleOut[];
  sprache?: Sprache;
}

/** One dataset of the catalogue: description, Stand, sources, licence, citation, columns, downloads. */
export function DatensatzEintrag({ datei, kommune, quellen, sprache = 'de' }: Props) {
  const wo = woerter(sprache);
  const w = wo.daten;
  const marke = diagramm(sprache).kennzeichnung;
  const titel = sprache === 'de' ? datei.titel : wo.thema[datei.datensatz].titel;
  const ds = datei.datensatz;
  const stand = datei.stichtage.at(-1) ?? '';
  const genutzt = new Set(datei.werte.map((w) => w[5]));
  const schema = tabellenschemaVon(DATEN.schema(ds));
  const istIll = illustrativPruefer(quellen);
  const b = bestand(datei, istIll);
  return (
    <section className="datensatz" id={ds} data-testid={`datensatz-${ds}`} aria-labelledby={`${ds}-titel`}>
      <h2 id={`${ds}-titel`}>{titel}</h2>
      <p>{sprache === 'de' ? datei.beschreibung : wo.thema[datei.datensatz].einleitung}</p>
      <p className={b.beispieldaten ? 'hinweis-ill' : undefined} data-testid="bestand">
        {b.beispieldaten > 0 && <span className="badge badge-ill">{wo.marke.beispiel}</span>} {bestandText(b, sprache)}
      </p>
      <dl className="eckdaten">
        <div>
          <dt>{w.stand}</dt>
          <dd>{fmtDatum(stand, sprache)}</dd>
        </div>
        <div>
          <dt>{w.stichtage}</dt>
          <dd data-testid="stichtage">{datei.stichtage.map((d) => fmtDatum(d, sprache)).join(' · ')}</dd>
        </div>
        <div>
          <dt>{w.quellen}</dt>
          <dd>
            <ul>
              {quellen
                .filter((q) => genutzt.has(q.id))
                .map((q) => (
                  <li key={q.id}>
                    {q.herausgeber}: {q.titel} <span className={`art art-${q.art}`}>{kennzeichnung(herkunftVon(q.id, istIll)) === 'amtlich' ? marke.amtlich : marke.illustrativ}</span>
                  </li>
                ))}
            </ul>
          </dd>
        </div>
        <div>
          <dt>{w.lizenz}</dt>
          <dd>
            <a href={kommune.lizenz.url}>{kommune.lizenz.name}</a>
          </dd>
        </div>
      </dl>
      <p className="zitat" data-testid="zitat">
        <strong>{w.zitiervorschlag}</strong> {zitat(kommune, titel, stand, DATEN.csv(ds), b, sprache)}
      </p>
      <ul className="downloads">
        <li>
          <Download pfad={DATEN.csv(ds)} label={w.alleStichtage} format="CSV, UTF-8" testid={`csv-${ds}`} sprache={sprache} />
        </li>
        <li>
          <Download pfad={DATEN.json(ds)} label={w.alleStichtage} format="JSON" testid={`json-${ds}`} sprache={sprache} />
        </li>
        <li>
          <Download pfad={DATEN.excel(ds)} label={w.alleStichtageExcel} format={w.excelFormat} testid={`excel-${ds}`} sprache={sprache} />
        </li>
        <li>
          <Download pfad={DATEN.schema(ds)} label={w.tabellenschema} format="Frictionless JSON" sprache={sprache} />
        </li>
      </ul>
      <details>
        <summary>{w.jeStichtag(datei.stichtage.length)}</summary>
        <ScrollBox label={w.dateienJeStichtag(titel)}>
          <table className="daten">
            <TabellenKopf spalten={w.spaltenKopf} />
            <tbody>
              {datei.stichtage.map((s) => (
                <tr key={s}>
                  <th scope="row">{fmtDatum(s, sprache)}</th>
                  <td>
                    <Download pfad={DATEN.stichtagCsv(ds, s)} label={`${s}.csv`} format="CSV" sprache={sprache} />
                  </td>
                  <td>
                    <Download pfad={DATEN.stichtagExcel(ds, s)} label={`${s}-excel.csv`} format="Excel" sprache={sprache} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      </details>
      <details>
        <summary>{w.spalten}</summary>
        <ScrollBox label={w.spaltenTabelle(titel)}>
          <table className="daten" data-testid="spalten">
            <TabellenKopf spalten={w.spaltenKopf2} />
            <tbody>
              {schema.fields.map((f) => (
                <tr key={f.name}>
                  <th scope="row">
                    <code>{f.name}</code>
                  </th>
                  <td>
                    {sprache === 'de' ? f.title : (f['title@en'] ?? f.title)}
                    {(sprache === 'de' ? f.description : (f['description@en'] ?? f.description)) ? ` – ${sprache === 'de' ? f.description : (f['description@en'] ?? f.description)}` : ''}
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
