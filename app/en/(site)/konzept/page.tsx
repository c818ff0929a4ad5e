import { KonzepteIndex, konzeptMetadata } from '@/components/seiten/KonzeptSeite';

export const generateMetadata = () => konzeptMetadata(undefined, 'en');

export default function ConceptsPage() {
  return <KonzepteIndex sprache="en" />;
}
