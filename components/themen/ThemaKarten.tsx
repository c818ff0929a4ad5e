import { RanglisteKarte } from '@/components/themen/RanglisteKarte';
import { kompaktPacken } from '@/lib/themen/kompaktGepackt';
import { StatusKarte } from '@/components/themen/StatusKarte';
import { VergleichKarte } from '@/components/themen/VergleichKarte';
import { ZeitreiheKarte } from '@/components/themen/ZeitreiheKarte';
import type { ThemaDef } from '@/lib/themen/config';
import { themaAnsicht } from '@/lib/themen/seite';
import type { Sprache } from '@/lib/i18n/sprache';

export type KartenId = 'zeitreihe' | 'zusammensetzung' | 'vergleich';

/** The charts a topic has, in page order. */
export const kartenVon = (t: ThemaDef): KartenId[] => ['zeitreihe', ...(t.zusammensetzung ? (['zusammensetzung'] as const) : []), 'vergleich'];

/** A topic's chart cards — all of them (topic page) or one (embed page). */
export function ThemaKarten({ t: def, nur, einbetten, sprache = 'de' }: { t: ThemaDef; nur?: KartenId; einbetten?: string; sprache?: Sprache }) {
  const { kommune, k, herkunft, ebenen, thema: t } = themaAnsicht(def, sprache);
  // Alone in an embed the chart's title is the page's h1; on the topic page an h2 under its h1.
  const hk = { ...herkunft, einbetten, ebene: nur ? (1 as const) : (2 as const) };
  const zeigen = (id: KartenId) => !nur || nur === id;
  // Once for every client chart of the page (the payload then holds it once), packed: lib/themen/kompaktGepackt.ts.
  const kp = kompaktPacken(k);
  return (
    <>
      {zeigen('zeitreihe') && <ZeitreiheKarte id="zeitreihe" titel={t.zeitreihe.titel} beschreibung={t.zeitreihe.beschreibung} k={k} gebiet={kommune.ags} stadt reihen={t.zeitreihe.reihen} mass={t.zeitreihe.mass} dateiname={`${t.id}-zeitreihe`} {...hk} />}
      {zeigen('zusammensetzung') && t.zusammensetzung === 'status' && <StatusKarte id="zusammensetzung" k={kp} gebiet={kommune.ags} dateiname={`${t.id}-status`} {...hk} />}
      {zeigen('zusammensetzung') && t.zusammensetzung === 'staatsangehoerigkeit' && <RanglisteKarte id="zusammensetzung" k={kp} gebiet={kommune.ags} dateiname={`${t.id}-rangliste`} {...hk} />}
      {zeigen('vergleich') && <VergleichKarte id="vergleich" titel={t.vergleich.titel} k={kp} ags={kommune.ags} merkmal={t.vergleich.merkmal} masse={t.vergleich.masse} ebenen={ebenen} dateiname={`${t.id}-vergleich`} {...hk} />}
    </>
  );
}
