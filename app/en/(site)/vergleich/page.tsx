import { VergleichSeite, vergleichMetadata } from '@/components/seiten/VergleichSeite';

export const generateMetadata = () => vergleichMetadata('en');

export default function ComparisonPage() {
  return <VergleichSeite sprache="en" />;
}
