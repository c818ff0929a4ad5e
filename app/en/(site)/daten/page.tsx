import { DatenSeite, datenMetadata } from '@/components/seiten/DatenSeite';

export const metadata = datenMetadata('en');

export default function DataPage() {
  return <DatenSeite sprache="en" />;
}
