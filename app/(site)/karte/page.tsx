import { KartenSeite, kartenMetadata } from '@/components/seiten/KartenSeite';

export const generateMetadata = () => kartenMetadata('de');

export default function KarteDeutsch() {
  return <KartenSeite sprache="de" />;
}
