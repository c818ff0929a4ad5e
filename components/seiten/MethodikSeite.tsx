import type { Metadata } from 'next';
import { ScrollBox } from '@/components/charts/shared/ScrollBox';
import { TabellenKopf } from '@/components/charts/shared/TabellenKopf';
import { BegriffListe } from '@/components/themen/BegriffListe';
import { BEGRIFFE } from '@/lib/begriffe';
import { loadDatensatz, loadKommune, loadManifest, loadQuellen } from '@/lib/data';
import type { DatasetId } from '@/lib/datasets';
import { ebeneName, ebenenNamen, unterste } from '@/lib/ebenen';
import { fmtAnzahl, fmtDatum, fmtProzent, GEHEIM_ZEICHEN } from '@/lib/format';
import { diagramm } from '@/lib/i18n/diagramm';
import { METHODIK } from '@/lib/i18n/methodik';
import type { Sprache } from '@/lib/i18n/sprache';
import { woerter } from '@/lib/i18n/woerter';
import { herkunftVon, illustrativPruefer } from '@/lib/provenienz';
import { abweichendeAnteile } from '@/lib/themen/angegeben';

export function methodikMetadata(sprache: Sprache): Metadata {
  const t = METHODIK[sprache];
  return { title: t.titel, description: t.beschreibung, alternates: { languages: { de: '/methodik/', en: '/en/methodik/' } } };
}

/** Methods and glossary: terms, signs, marks, privacy protection, sources and reference dates. */
export function MethodikSeite({ sprache }: { sprache: Sprache }) {
  const kommune = loadKommune();
  const quellen = loadQuellen();
  const manifest = loadManifest();
  const istIll = illustrativPruefer(quellen);
  const t = METHODIK[sprache];
  const wo = woerter(sprache);
  const marke = diagramm(sprache).kennzeichnung;
  const fremd = sprache === 'de' ? undefined : 'de';
  const [aq, ag] = sprache === 'de' ? ['„', '“'] : ['“', '”'];
  const gruppenNamen = Object.values(kommune.gruppen)
    .flatMap((gs) => (gs ?? []).map((g) => `${aq}${sprache === 'en' ? (g.en?.label ?? g.label) : g.label}${ag}`))
    .join(', ');
  const hierarchie = [ebeneName(unterste(kommune.ebenen), 'plural', sprache), ...kommune.ebenen.slice(0, -1).reverse().map((e) => ebeneName(e, 'singular', sprache)), t.stadt].join(' → ');
  const abweichend = abweichendeAnteile(loadDatensatz('migrationshintergrund'), loadDatensatz('bevoelkerung'), kommune.ags, 'anteil_mh_angegeben', 'mit_mh');
  const [kVor, kAmtlich, kMitte, kBeispiel, kNach] = t.kennzeichnung(ebenenNamen(kommune.ebenen, 'plural', wo.start.und, sprache));
  const [sVor, sWort, sNach] = t.schematisch(manifest.geometrie.beschreibung, manifest.geometrie.namensnennung);
  const [lVor, lMitte, lNach] = t.lizenz;
  return (
    <div className="wrap methodik">
      <h1>{t.titel}</h1>
      <BegriffListe ids={BEGRIFFE.map((b) => b.id)} lokal={kommune.begriffe} stadt={kommune.name} sprache={sprache} />
      {abweichend.map((a) => (
        <p key={a.stichtag} data-testid="anteil-angegeben">
          {t.angegeben(fmtDatum(a.stichtag, sprache), fmtProzent(a.angegeben, sprache), fmtAnzahl(a.zaehler, sprache), fmtAnzahl(a.nenner, sprache), fmtProzent(a.berechnet, sprache))}
        </p>
      ))}
      <h2 id="zeichen">{t.zeichenTitel}</h2>
      <ScrollBox label={t.zeichenTabelle}>
        <table className="daten" data-testid="zeichen-legende">
          <TabellenKopf spalten={t.zeichenKopf} />
          <tbody>
            <tr>
              <td>–</td>
              <td>{t.nichts}</td>
            </tr>
            <tr>
              <td>.</td>
              <td>{t.unbekannt}</td>
            </tr>
            <tr>
              <td>{GEHEIM_ZEICHEN}</td>
              <td>{t.geheim(kommune.geheimhaltung.schwellenwert)}</td>
            </tr>
            <tr>
              <td>x</td>
              <td>{t.gesperrt}</td>
            </tr>
          </tbody>
        </table>
      </ScrollBox>
      <h2 id="kennzeichnung">{t.kennzeichnungTitel}</h2>
      <p>
        {kVor}
        <strong>{kAmtlich}</strong>
        {kMitte}
        <strong>{kBeispiel}</strong>
        {kNach}
      </p>
      {manifest.geometrie.schematisch && (
        <p>
          {sVor}
          <strong>{sWort}</strong>
          {sNach}
        </p>
      )}
      <h3 id="geheimhaltung">{t.geheimhaltungTitel}</h3>
      <p>{t.geheimhaltung(kommune.geheimhaltung.schwellenwert, hierarchie, gruppenNamen, fmtAnzahl(manifest.geheimhaltung.gesperrt, sprache))}</p>
      <p>{t.nieNull(GEHEIM_ZEICHEN)}</p>
      <h2 id="quellen">{t.quellenTitel}</h2>
      {t.quellenHinweis && <p>{t.quellenHinweis}</p>}
      <ScrollBox label={t.quellenTabelle}>
        <table className="daten" data-testid="quellen-tabelle">
          <TabellenKopf spalten={t.quellenKopf} />
          <tbody>
            {quellen.map((q) => (
              <tr key={q.id} id={`quelle-${q.id}`}>
                <td>
                  <span lang={fremd}>{q.url ? <a href={q.url}>{q.titel}</a> : q.titel}</span>
                  {q.beschreibung && (
                    <div className="quelle-beschreibung" lang={fremd}>
                      {q.beschreibung}
                    </div>
                  )}
                  {q.rundung > 0 && <div className="quelle-beschreibung">{t.gerundet(q.rundung)}</div>}
                  {q.fussnoten && (
                    <details className="quelle-beschreibung">
                      <summary>{t.fussnoten}</summary>
                      <span lang={fremd}>{q.fussnoten}</span>
                    </details>
                  )}
                </td>
                <td lang={fremd}>{q.herausgeber}</td>
                <td>{herkunftVon(q.id, istIll).illustrativ ? marke.illustrativ : marke.amtlich}</td>
                <td lang={fremd}>{q.lizenz || '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      <h2 id="stichtage">{t.stichtageTitel}</h2>
      <ul>
        {Object.entries(manifest.stichtage).map(([ds, st]) => (
          <li key={ds}>
            {wo.thema[ds as DatasetId]?.titel ?? ds}: {st.map((d) => fmtDatum(d, sprache)).join(', ')}
          </li>
        ))}
      </ul>
      <p>
        {lVor}
        <span lang={fremd}>{kommune.lizenz.name}</span>
        {lMitte}
        <span lang={fremd}>{kommune.lizenz.namensnennung}</span>
        {lNach}
      </p>
    </div>
  );
}
