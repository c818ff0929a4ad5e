import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { BalkenChart } from '@/components/charts/BalkenChart';
import { ChartRahmen } from '@/components/charts/shared/ChartRahmen';
import { ScrollBox } from '@/components/charts/shared/ScrollBox';
import { SortierbareTabelle } from '@/components/charts/shared/SortierbareTabelle';
import { Download } from '@/components/daten/Download';
import { ProvenanceBadge } from '@/components/ProvenanceBadge';
import { loadDatensatz, loadKommune, loadKonzepte, loadQuellen } from '@/lib/data';
import type { DatasetId } from '@/lib/datasets';
import { fmtAnzahl, fmtDatum, fmtProzent } from '@/lib/format';
import { merkmalEn } from '@/lib/i18n/merkmale-en';
import { inSprache, type Sprache } from '@/lib/i18n/sprache';
import { woerter } from '@/lib/i18n/woerter';
import { konzeptKennzahl } from '@/lib/konzept/kennzahl';
import { jahreskosten } from '@/lib/konzept/pruefen';
import { finanzierungPunkte, massnahmenPunkte } from '@/lib/konzept/punkte';
import { DATEN } from '@/lib/daten/paket';
import { gliederung } from '@/lib/konzept/gliederung';
import type { Massnahme } from '@/lib/konzept/schema';
import { illustrativPruefer } from '@/lib/provenienz';
import { fmtIn } from '@/lib/themen/einheit';

/**
 * One page per concept. Without any, a static export still needs one route: a placeholder whose
 * page is notFound() and which the build removes (scripts/seiten-ohne-daten.ts).
 */
export const konzeptParams = () => {
  const ids = loadKonzepte().map((k) => ({ id: k.id }));
  return ids.length ? ids : [{ id: '-' }];
};

export function konzeptMetadata(id: string | undefined, sprache: Sprache): Metadata {
  const w = woerter(sprache).konzept;
  const k = id ? loadKonzepte().find((x) => x.id === id) : undefined;
  const pfad = id ? `/konzept/${id}/` : '/konzept/';
  return { title: k ? k.titel : w.titel, description: w.beschreibung, alternates: { languages: { de: pfad, en: `/en${pfad}` } } };
}

const euro = (n: number, s: Sprache) => fmtIn(n, 'Euro', s);

/** All concepts of the municipality, newest first, with their planned annual costs. */
export function KonzepteIndex({ sprache }: { sprache: Sprache }) {
  const konzepte = loadKonzepte();
  if (!konzepte.length) notFound();
  const w = woerter(sprache).konzept;
  const fremd = sprache === 'de' ? undefined : 'de';
  return (
    <div className="wrap">
      <h1>{w.titel}</h1>
      <p className="lead">{w.lead}</p>
      <p className="hinweis" role="note">
        {w.ehrlich}
      </p>
      <h2>{w.konzepte}</h2>
      <ul className="konzepte" data-testid="konzepte">
        {[...konzepte].reverse().map((k) => {
          const kosten = jahreskosten(k);
          return (
            <li key={k.id}>
              <a href={inSprache(`/konzept/${k.id}/`, sprache)} lang={fremd}>
                {k.titel}
              </a>{' '}
              – {w.anzahlMassnahmen(k.massnahmen.length)}
              {kosten.summe > 0 ? `, ${euro(kosten.summe, sprache)} ${w.jaehrlich}` : k.volumen_eur_jahr_ca ? `, ${w.ca} ${euro(k.volumen_eur_jahr_ca, sprache)} ${w.volumen}` : ''}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** One concept: decision, sources, costs against the cap, goals → measures, the figures they address. */
export function KonzeptSeite({ id, sprache }: { id: string; sprache: Sprache }) {
  const k = loadKonzepte().find((x) => x.id === id);
  if (!k) notFound();
  const kommune = loadKommune();
  const istIll = illustrativPruefer(loadQuellen());
  const w = woerter(sprache).konzept;
  const wo = woerter(sprache);
  const fremd = sprache === 'de' ? undefined : 'de';
  const kosten = jahreskosten(k);
  const quelleText = k.quellen.map((q) => q.titel).join('; ');
  const punkte = massnahmenPunkte(k, w.kostenart);
  const nachFinanzierung = finanzierungPunkte(k, w.kostenart, (f) => w.finanzierungen[f as keyof typeof w.finanzierungen]);
  const abschnitte = gliederung(k);
  const kennzahl = (ref: string) => {
    const [ds, merkmal] = ref.split('.') as [DatasetId, string];
    const z = konzeptKennzahl(loadDatensatz(ds), merkmal, kommune.ags, istIll);
    if (!z) return <span className="klein">{w.keineZahl}</span>;
    const f = (n: number) => (z.prozent ? fmtProzent(n, sprache) : fmtAnzahl(n, sprache));
    const label = sprache === 'de' ? z.label : (merkmalEn(merkmal, z.label) ?? z.label);
    return (
      <span data-testid="konzept-kennzahl">
        {label}: <strong>{f(z.wert)}</strong> ({w.stand} {fmtDatum(z.stichtag, sprache)}
        {z.vorher ? `; ${w.vorher} ${f(z.vorher.wert)}, ${fmtDatum(z.vorher.stichtag, sprache)}` : ''}) <ProvenanceBadge illustrativ={false} sprache={sprache} />
      </span>
    );
  };
  const massnahmenTabelle = (massnahmen: Massnahme[], tabellenId: string) => (
    <SortierbareTabelle
      id={tabellenId}
      klasse="daten massnahmen-tabelle"
      testid="massnahmen"
      sprache={sprache}
      spalten={[
        { id: 'nr', label: w.nr },
        { id: 'massnahme', label: w.massnahme },
        { id: 'zielgruppe', label: w.zielgruppe },
        { id: 'jahr', label: w.jahr.replace(/^#/, ''), num: true },
        { id: 'einmalig', label: w.einmaligSpalte.replace(/^#/, ''), num: true },
        { id: 'finanzierung', label: w.finanzierung },
        { id: 'kennzahl', label: w.kennzahl },
      ]}
      zeilen={massnahmen.map((m, i) => ({
        id: m.nr ?? `${i}-${m.titel}`,
        attribute: { 'data-nr': m.nr ?? '' },
        werte: [m.nr ? Number(m.nr) || m.nr : null, m.titel, m.zielgruppen.join(', ') || null, m.kosten_eur_jahr ?? null, m.kosten_eur_einmalig ?? null, m.finanzierung.join(', ') || null, m.indikatoren.length || null],
        zellen: (
          <>
              <td>{m.nr ?? ''}</td>
              <th scope="row">
                <span lang={fremd}>{m.titel}</span>
                {m.beschreibung && (
                  <div className="klein" lang={fremd}>
                    {m.beschreibung}
                  </div>
                )}
                {m.anmerkung && (
                  <div className="klein" lang={fremd}>
                    {m.anmerkung}
                  </div>
                )}
              </th>
              <td>
                <span lang={fremd}>{m.zielgruppen.join(', ')}</span>
                {m.alter ? `${m.zielgruppen.length ? '; ' : ''}${w.alter(m.alter.von, m.alter.bis)}` : ''}
              </td>
              <td className="num">{m.kosten_eur_jahr !== undefined ? euro(m.kosten_eur_jahr, sprache) : ''}</td>
              <td className="num">{m.kosten_eur_einmalig !== undefined ? `(${euro(m.kosten_eur_einmalig, sprache)})` : ''}</td>
              <td>{m.finanzierung.map((f) => w.finanzierungen[f]).join(', ')}</td>
              <td>
                {m.indikatoren.map((r) => (
                  <div key={r}>{kennzahl(r)}</div>
                ))}
              </td>
          </>
        ),
      }))}
    />
  );
  return (
    <div className="wrap konzept-seite">
      <nav aria-label={wo.seite.brotkrumen} className="brotkrumen">
        <a href={inSprache('/', sprache)}>{wo.seite.start}</a> › <a href={inSprache('/konzept/', sprache)}>{w.titel}</a> ›{' '}
        <span aria-current="page" lang={fremd}>
          {k.titel}
        </span>
      </nav>
      <h1 lang={fremd}>{k.titel}</h1>
      <dl className="eckdaten">
        {k.beschluss && (
          <div>
            <dt>{w.beschluss}</dt>
            <dd lang={fremd}>{[k.beschluss.gremium, k.beschluss.vorlage && `${w.vorlage} ${k.beschluss.vorlage}`, k.beschluss.datum && fmtDatum(k.beschluss.datum, sprache)].filter(Boolean).join(', ')}</dd>
          </div>
        )}
        {k.zeitraum && (
          <div>
            <dt>{w.zeitraum}</dt>
            <dd>{k.zeitraum.bis ? `${k.zeitraum.von}–${k.zeitraum.bis}` : w.ab(k.zeitraum.von)}</dd>
          </div>
        )}
        <div>
          <dt>{w.quellen}</dt>
          <dd lang={fremd}>{quelleText}</dd>
        </div>
      </dl>
      <p className="hinweis" role="note" data-testid="konzept-hinweis">
        {w.ehrlich}
      </p>
      <h2>{w.kosten}</h2>
      <dl className="eckdaten" data-testid="konzept-kosten">
        {kosten.summe > 0 && (
          <div>
            <dt>{w.jaehrlich}</dt>
            <dd data-testid="kosten-jahr">{euro(kosten.summe, sprache)}</dd>
          </div>
        )}
        {k.obergrenze_eur_jahr !== undefined && (
          <>
            <div>
              <dt>{w.obergrenze}</dt>
              <dd data-testid="obergrenze">{euro(k.obergrenze_eur_jahr, sprache)}</dd>
            </div>
            <div>
              <dt>{w.frei}</dt>
              <dd>{euro(k.obergrenze_eur_jahr - kosten.kommunal, sprache)}</dd>
            </div>
          </>
        )}
        {kosten.einmalig > 0 && (
          <div>
            <dt>{w.einmalig}</dt>
            <dd>{euro(kosten.einmalig, sprache)}</dd>
          </div>
        )}
        {k.volumen_eur_jahr_ca !== undefined && (
          <div>
            <dt>{w.volumen}</dt>
            <dd>
              {w.ca} {euro(k.volumen_eur_jahr_ca, sprache)}
            </dd>
          </div>
        )}
      </dl>
      {k.eckdaten.length > 0 && (
        <>
          <h2>{w.eckdaten}</h2>
          <ul data-testid="konzept-eckdaten">
            {k.eckdaten.map((e) => (
              <li key={e.label}>
                <span lang={fremd}>{e.label}</span>: {e.ca ? `${w.ca} ` : ''}
                {fmtAnzahl(e.wert, sprache)}
              </li>
            ))}
          </ul>
        </>
      )}
      {punkte.length > 1 && (
        <ChartRahmen art="balken" id="kosten" titel={w.chartTitel} beschreibung={w.chartBeschreibung(punkte.length)} punkte={punkte} tabellenKopf={w.massnahme} dateiname={`${k.id}-kosten`} quellen={{ [k.id]: quelleText }} namensnennung={kommune.lizenz.namensnennung} sprache={sprache}>
          <BalkenChart punkte={punkte} sprache={sprache} />
        </ChartRahmen>
      )}
      {punkte.length > 1 && nachFinanzierung.length === 1 && nachFinanzierung[0] && (
        <p data-testid="finanzierung-eine">
          {w.finanzEine(
            nachFinanzierung[0].x
              .split('+')
              .map((f) => w.finanziertVon[f as keyof typeof w.finanziertVon])
              .join(sprache === 'de' ? ' und ' : ' and '),
            euro(nachFinanzierung[0].wert ?? 0, sprache),
          )}
        </p>
      )}
      {nachFinanzierung.length > 1 && (
        <ChartRahmen art="balken" id="finanzierung" titel={w.finanzChartTitel} beschreibung={w.finanzChartBeschreibung(nachFinanzierung.length)} punkte={nachFinanzierung} tabellenKopf={w.finanzKategorie} dateiname={`${k.id}-finanzierung`} quellen={{ [k.id]: quelleText }} namensnennung={kommune.lizenz.namensnennung} sprache={sprache}>
          <BalkenChart punkte={nachFinanzierung} sprache={sprache} />
        </ChartRahmen>
      )}
      {k.ziele.length > 0 && (
        <>
          <h2>{w.ziele}</h2>
          <ol data-testid="konzept-ziele">
            {k.ziele.map((z) => {
              const a = abschnitte.find((x) => x.ziel?.id === z.id);
              return (
                <li key={z.id}>
                  {a ? (
                    <a href={`#ziel-${z.id}`} lang={fremd}>
                      {z.titel}
                    </a>
                  ) : (
                    <span lang={fremd}>{z.titel}</span>
                  )}
                  {a && a.felder.some((f) => f.feld) && (
                    <ul>
                      {a.felder.map((f) =>
                        f.feld ? (
                          <li key={f.feld.id}>
                            <a href={`#feld-${z.id}-${f.feld.id}`} lang={fremd}>
                              {f.feld.titel}
                            </a>
                          </li>
                        ) : null,
                      )}
                    </ul>
                  )}
                </li>
              );
            })}
          </ol>
        </>
      )}
      {abschnitte.map((a) => {
        const zielTitel = a.ziel ? a.ziel.titel : k.ziele.length ? w.weitereMassnahmen : w.massnahmen;
        const anker = a.ziel ? `ziel-${a.ziel.id}` : 'ohne-ziel';
        return (
          <section key={anker} aria-labelledby={anker}>
            <h2 id={anker} lang={a.ziel ? fremd : undefined}>
              {zielTitel}
            </h2>
            {a.felder.map((f) => (
              <div key={f.feld?.id ?? '-'}>
                {f.feld && (
                  <h3 id={`feld-${a.ziel?.id ?? '-'}-${f.feld.id}`}>
                    {w.handlungsfeld}: <span lang={fremd}>{f.feld.titel}</span>
                  </h3>
                )}
                <ScrollBox label={`${wo.diagramm.tabelle}: ${f.feld ? f.feld.titel : zielTitel}`}>
                  {massnahmenTabelle(f.massnahmen, `massnahmen-${anker}${f.feld ? `-${f.feld.id}` : ''}`)}
                </ScrollBox>
              </div>
            ))}
          </section>
        );
      })}
      <h2>{w.download}</h2>
      <p className="klein">{w.downloadHinweis}</p>
      <ul className="downloads" data-testid="konzept-downloads">
        <li>
          <Download pfad={DATEN.massnahmen} label={w.download} format="CSV" sprache={sprache} />
        </li>
        <li>
          <Download pfad={DATEN.konzepte} label={w.titel} format="JSON" sprache={sprache} />
        </li>
      </ul>
    </div>
  );
}
