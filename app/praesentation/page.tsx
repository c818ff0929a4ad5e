import { PraesentationSeite, praesentationMetadata } from '@/components/seiten/PraesentationSeite';

export const metadata = praesentationMetadata('de');

export default function PraesentationDeutsch() {
  return <PraesentationSeite sprache="de" />;
}
