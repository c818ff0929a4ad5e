import { SuchSeite, suchMetadata } from '@/components/seiten/SuchSeite';

export const metadata = suchMetadata('en');

export default function SearchPage() {
  return <SuchSeite sprache="en" />;
}
