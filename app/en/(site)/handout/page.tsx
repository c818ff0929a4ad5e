import { HandoutSeite, handoutMetadata } from '@/components/seiten/HandoutSeite';

export const metadata = handoutMetadata('en');

export default function HandoutPage() {
  return <HandoutSeite sprache="en" />;
}
