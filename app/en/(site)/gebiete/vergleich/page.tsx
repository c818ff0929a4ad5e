import { GebieteVergleichSeite, gebieteVergleichMetadata } from '@/components/seiten/GebieteVergleichSeite';

export const metadata = gebieteVergleichMetadata('en');

export default function CompareAreasPage() {
  return <GebieteVergleichSeite sprache="en" />;
}
