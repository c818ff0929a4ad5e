import { KartenSeite, kartenMetadata } from '@/components/seiten/KartenSeite';

export const generateMetadata = () => kartenMetadata('en');

export default function MapPage() {
  return <KartenSeite sprache="en" />;
}
