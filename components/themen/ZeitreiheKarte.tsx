import { LinienChart } from '@/components/charts/LinienChart';
import { ChartRahmen, type Herkunft } from '@/components/charts/shared/ChartRahmen';
import type { KompaktDaten } from '@/lib/themen/model';
import { zeitreihe, type Mass } from '@/lib/themen/punkte';

interface Props extends Herkunft {
  id: string;
  titel: string;
  beschreibung: string;
  k: KompaktDaten;
  gebiet: string;
  reihen: { merkmal: string; label?: string }[];
  mass: Mass;
  dateiname: string;
}

export function ZeitreiheKarte({ id, titel, beschreibung, k, gebiet, reihen, mass, dateiname, ...herkunft }: Props) {
  const punkte = zeitreihe(k, gebiet, reihen, mass);
  return (
    <ChartRahmen art="linie" id={id} titel={titel} beschreibung={beschreibung} punkte={punkte} tabellenKopf="Stichtag" dateiname={dateiname} {...herkunft}>
      <LinienChart punkte={punkte} />
    </ChartRahmen>
  );
}
