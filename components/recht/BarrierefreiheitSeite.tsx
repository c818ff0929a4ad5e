import { Angabe } from '@/components/recht/Angabe';
import { Stelle } from '@/components/recht/Stelle';
import { loadKommune } from '@/lib/data';
import { fmtDatum } from '@/lib/format';
import { rechtTexte } from '@/lib/i18n/recht';
import type { Sprache } from '@/lib/i18n/sprache';
import { GRENZEN_DER_SOFTWARE } from '@/lib/rechtliches';

/** Erklärung zur Barrierefreiheit (§ 10b BGG NRW, BITV 2.0) from kommune.json `rechtliches.barrierefreiheit`, in German or English. */
export function BarrierefreiheitSeite({ sprache }: { sprache: Sprache }) {
  const k = loadKommune();
  const b = k.rechtliches.barrierefreiheit;
  const t = rechtTexte(sprache);
  const w = t.barrierefreiheit;
  // The municipality's own entries are its (German) words.
  const eigene = sprache === 'de' ? undefined : 'de';
  return (
    <div className="wrap recht">
      <h1>{w.titel}</h1>
      <p className="lead">{w.lead(k.rechtliches.impressum.anbieter)}</p>
      {t.verbindlich && <p>{t.verbindlich}</p>}
      <h2>{w.stand}</h2>
      <p data-testid="vereinbarkeit">{w.teilweise}</p>
      <ul data-testid="maengel">
        {GRENZEN_DER_SOFTWARE[sprache].map((m) => (
          <li key={m}>{m}</li>
        ))}
        {b.maengel.map((m) => (
          <li key={m} lang={eigene}>
            {m}
          </li>
        ))}
      </ul>
      <p>{w.alternativen}</p>
      <h2>{w.erstellung}</h2>
      <p>
        {w.standDatum}: {fmtDatum(b.stand, sprache)}. {w.methode}: <span lang={eigene}>{b.methode}</span>.
      </p>
      <h2 id="barrieren-melden">{w.melden}</h2>
      <p data-testid="feedback">
        {w.meldenText}{' '}
        <Angabe wert={b.kontakt.email ?? b.kontakt.url} sprache={sprache}>
          {b.kontakt.email && <a href={`mailto:${b.kontakt.email}?subject=${encodeURIComponent(w.betreff(k.name))}`}>{b.kontakt.email}</a>}
          {b.kontakt.email && b.kontakt.url && ` ${w.oder} `}
          {b.kontakt.url && <a href={b.kontakt.url}>{w.formular}</a>}
        </Angabe>
        {b.kontakt.telefon && `, ${b.kontakt.telefon}`}. {w.frist}
      </p>
      <h2>{w.schlichtung}</h2>
      <p data-testid="schlichtung">
        {w.schlichtungVor}{' '}
        <Stelle name={b.schlichtung.name} url={b.schlichtung.url} />
        {w.schlichtungNach && ` ${w.schlichtungNach}`}
        {b.schlichtung.email && (
          <>
            {' '}
            (<a href={`mailto:${b.schlichtung.email}`}>{b.schlichtung.email}</a>)
          </>
        )}
        . {w.schlichtungEnde}
      </p>
    </div>
  );
}
