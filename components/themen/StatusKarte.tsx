'use client';

import { StapelChart } from '@/components/charts/StapelChart';
import { Auswahl, StichtagAuswahl } from '@/components/charts/shared/Auswahl';
import { ChartRahmen, type Herkunft } from '@/components/charts/shared/ChartRahmen';
import { useAnsicht } from '@/components/useAnsicht';
import { waehlen } from '@/lib/ansicht/url';
import { fmtDatum } from '@/lib/format';
import type { KompaktDaten } from '@/lib/themen/model';
import type { KompaktFuerClient } from '@/lib/themen/kompaktGepackt';
import { useKompakt } from '@/components/useKompakt';
import { statusPunkte } from '@/lib/themen/punkte';
import { gebietOptionen } from '@/lib/themen/gebietOptionen';
import { diagramm, type DiagrammWoerter } from '@/lib/i18n/diagramm';

interface Props extends Herkunft {
  id: string;
  /** Packed by the server (lib/themen/kompaktGepackt.ts), or as it is. */
  k: KompaktFuerClient;
  gebiet: string;
  dateiname: string;
}

/** What the stacks are, from the municipality's groups (kommune.json `gruppen`). */
function gruppenText(k: KompaktDaten, w: DiagrammWoerter): string {
  if (!k.gruppen?.length) return w.alleStatus;
  const teil = (id: string) => k.labels[id] ?? id;
  const [auf, zu] = k.sprache === 'en' ? ['“', '”'] : ['„', '“'];
  return w.gruppenText(k.gruppen.map((g) => `${auf}${g.label}${zu} = ${g.teile.map(teil).join(` ${w.und} `)}`).join('; '));
}

/** Refugees by status in a chosen area at a chosen Stichtag, stacked into the two priority groups. */
export function StatusKarte({ id, k: erhalten, gebiet: start, dateiname, ...herkunft }: Props) {
  const k = useKompakt(erhalten);
  // Area and Stichtag live in the address; the Stichtage on offer are those of the chosen area.
  const ansicht = useAnsicht(id);
  const stichtageVon = (g: string) => k.stichtage.filter((s) => k.werte.anerkannt?.[g]?.[s]);
  const gebietWahl = waehlen(
    ansicht.lesen('gebiet'),
    k.gebiete.map((g) => g.id),
    start,
  );
  const gebiet = gebietWahl.wert;
  const stichtage = stichtageVon(gebiet);
  const standard = { gebiet: start, stichtag: stichtage.at(-1) ?? '' };
  const stichtagWahl = waehlen(ansicht.lesen('stichtag'), stichtage, standard.stichtag);
  const stichtag = stichtagWahl.wert;
  const setGebiet = (g: string) => {
    const neu = stichtageVon(g);
    // A Stichtag the new area also has stays chosen; otherwise its latest (the default, not in the address).
    ansicht.setzen({ gebiet: g, stichtag: neu.includes(stichtag) && stichtag !== standard.stichtag ? stichtag : undefined }, { gebiet: start, stichtag: neu.at(-1) ?? '' });
  };
  const setStichtag = (s: string) => ansicht.setzen({ stichtag: s }, standard);
  const punkte = statusPunkte(k, gebiet, stichtag);
  // City, then each area followed by the areas within it (indented per level), as in the register.
  const optionen = gebietOptionen(k.gebiete);
  const name = k.gebiete.find((g) => g.id === gebiet)?.name ?? gebiet;
  const s = herkunft.sprache;
  const w = diagramm(s);
  return (
    <ChartRahmen art="stapel"
      id={id}
      titel={w.statusTitel}
      beschreibung={`${name}, ${w.amStichtag(fmtDatum(stichtag, s))}. ${gruppenText(k, w)}`}
      punkte={punkte}
      tabellenKopf={w.gruppe}
      dateiname={`${dateiname}-${gebiet}-${stichtag}`}
      steuerung={
        <>
          <Auswahl label={w.gebiet} wert={gebiet} optionen={optionen} onChange={setGebiet} testid={`${id}-gebiet`} name={`${id}.gebiet`} />
          <StichtagAuswahl stichtage={stichtage} wert={stichtag} onChange={setStichtag} testid={`${id}-stichtag`} name={`${id}.stichtag`} sprache={s} />
        </>
      }
      falsch={[gebietWahl, stichtagWahl].flatMap((g) => (g.falsch ? [g.falsch] : []))}
      {...herkunft}
      einbettenSuche={ansicht.teil}
    >
      <StapelChart punkte={punkte} sprache={s} />
    </ChartRahmen>
  );
}
