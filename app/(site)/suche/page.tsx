import { SuchSeite, suchMetadata } from '@/components/seiten/SuchSeite';

export const metadata = suchMetadata('de');

export default function SucheDeutsch() {
  return <SuchSeite sprache="de" />;
}
