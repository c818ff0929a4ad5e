import { NeuSeite, neuMetadata } from '@/components/seiten/NeuSeite';

export const metadata = neuMetadata('de');

export default function NeuDeutsch() {
  return <NeuSeite sprache="de" />;
}
