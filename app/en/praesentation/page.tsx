import { PraesentationSeite, praesentationMetadata } from '@/components/seiten/PraesentationSeite';

export const metadata = praesentationMetadata('en');

export default function PresentationPage() {
  return <PraesentationSeite sprache="en" />;
}
