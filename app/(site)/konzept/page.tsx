import { KonzepteIndex, konzeptMetadata } from '@/components/seiten/KonzeptSeite';

export const generateMetadata = () => konzeptMetadata(undefined, 'de');

export default function KonzepteDeutsch() {
  return <KonzepteIndex sprache="de" />;
}
