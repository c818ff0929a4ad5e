import { VergleichSeite, vergleichMetadata } from '@/components/seiten/VergleichSeite';

export const generateMetadata = () => vergleichMetadata('de');

export default function VergleichDeutsch() {
  return <VergleichSeite sprache="de" />;
}
