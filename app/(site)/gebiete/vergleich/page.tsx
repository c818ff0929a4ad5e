import { GebieteVergleichSeite, gebieteVergleichMetadata } from '@/components/seiten/GebieteVergleichSeite';

export const metadata = gebieteVergleichMetadata('de');

export default function GebieteVergleichen() {
  return <GebieteVergleichSeite sprache="de" />;
}
