import { BegriffListe } from '@/components/themen/BegriffListe';
import { MassnahmenDazu } from '@/components/themen/MassnahmenDazu';
import { Daneben } from '@/components/themen/Daneben';
import { ThemaKarten } from '@/components/themen/ThemaKarten';
import { loadDatensatz, loadKommune, loadQuellen } from '@/lib/data';
import { fmtAnzahl, fmtDatum, fmtProzent } from '@/lib/format';
import { inSprache, type Sprache } from '@/lib/i18n/sprache';
import { themaIn } from '@/lib/i18n/themen-en';
import { woerter } from '@/lib/i18n/woerter';
import { abweichendeAnteile } from '@/lib/themen/angegeben';
import type { ThemaDef } from '@/lib/themen/config';

/** A topic page in one language: its charts, the figure beside it, its terms. */
export function ThemaSeite({ thema, sprache }: { thema: ThemaDef; sprache: Sprache }) {
  const kommune = loadKommune();
  const datei = loadDatensatz(thema.id);
  const quellen = loadQuellen();
  const t = themaIn(thema, sprache);
  const w = woerter(sprache).seite;
  const abweichend = t.id === 'migrationshintergrund' ? abweichendeAnteile(datei, loadDatensatz('bevoelkerung'), kommune.ags, 'anteil_mh_angegeben', 'mit_mh') : [];
  const pfad = (p: string) => inSprache(p, sprache);
  return (
    <div className="wrap">
      <nav aria-label={w.brotkrumen} className="brotkrumen">
        <a href={pfad('/')}>
          {w.start}
        </a>{' '}
        › <span>{w.themen}</span> › <span aria-current="page">{t.titel}</span>
      </nav>
      <h1>{t.titel}</h1>
      <p className="lead">{t.einleitung}</p>
      {abweichend.map((a) => {
        const [kopf, text] = w.angegeben(fmtDatum(a.stichtag, sprache), fmtProzent(a.angegeben, sprache), fmtAnzahl(a.zaehler, sprache), fmtAnzahl(a.nenner, sprache), fmtProzent(a.berechnet, sprache));
        return (
          <p key={a.stichtag} className="hinweis" role="note" data-testid="anteil-angegeben">
            <strong>{kopf}</strong>
            {text}
          </p>
        );
      })}
      <ThemaKarten t={thema} einbetten={`${kommune.veroeffentlichung.basisUrl}${pfad('/').slice(1)}einbetten/${t.id}/`} sprache={sprache} />
      {t.daneben && <Daneben datei={datei} merkmal={t.daneben.merkmal} begriffId={t.daneben.begriff} ags={kommune.ags} quellen={quellen} sprache={sprache} />}
      <MassnahmenDazu datensatz={t.id} sprache={sprache} />
      <BegriffListe ids={t.begriffe} lokal={kommune.begriffe} stadt={kommune.name} sprache={sprache} />
      <p>
        {w.alleBegriffe}{' '}
        <a href={pfad('/methodik/')}>
          {w.methodikGlossar}
        </a>
        .
      </p>
    </div>
  );
}
