import { LinienChart } from '@/components/charts/LinienChart';
import { Vorgezeichnet } from '@/components/charts/Vorgezeichnet';
import { ChartRahmen, type Herkunft } from '@/components/charts/shared/ChartRahmen';
import type { KompaktDaten } from '@/lib/themen/model';
import { stadtZeitreihe, zeitreihe, type Mass } from '@/lib/themen/punkte';
import { diagramm } from '@/lib/i18n/diagramm';

interface Props extends Herkunft {
  id: string;
  titel: string;
  beschreibung: string;
  k: KompaktDaten;
  gebiet: string;
  /** The city: its own values, and the areas' sum where it has none. */
  stadt?: boolean;
  reihen: { merkmal: string; label?: string }[];
  mass: Mass;
  dateiname: string;
}

export function ZeitreiheKarte({ id, titel, beschreibung, k, gebiet, stadt = false, reihen, mass, dateiname, ...herkunft }: Props) {
  const punkte = stadt ? stadtZeitreihe(k, gebiet, reihen, mass) : zeitreihe(k, gebiet, reihen, mass);
  const mitSumme = punkte.some((p) => p.reihe.endsWith(':gebiete'));
  const w = diagramm(herkunft.sprache);
  return (
    <ChartRahmen
      art="linie"
      id={id}
      titel={titel}
      beschreibung={mitSumme ? `${beschreibung} ${w.mitSumme}` : beschreibung}
      punkte={punkte}
      tabellenKopf={w.stichtag}
      dateiname={dateiname}
      {...herkunft}
    >
      <LinienChart punkte={punkte} sprache={herkunft.sprache} Zeichnung={Vorgezeichnet} />
    </ChartRahmen>
  );
}
