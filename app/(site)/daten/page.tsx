import { DatenSeite, datenMetadata } from '@/components/seiten/DatenSeite';

export const metadata = datenMetadata('de');

export default function DatenDeutsch() {
  return <DatenSeite sprache="de" />;
}
