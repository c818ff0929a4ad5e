import { NeuSeite, neuMetadata } from '@/components/seiten/NeuSeite';

export const metadata = neuMetadata('en');

export default function WhatsNewPage() {
  return <NeuSeite sprache="en" />;
}
