import { HandoutSeite, handoutMetadata } from '@/components/seiten/HandoutSeite';

export const metadata = handoutMetadata('de');

export default function HandoutDeutsch() {
  return <HandoutSeite sprache="de" />;
}
