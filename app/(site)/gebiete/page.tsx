import { GebieteIndex, gebieteIndexMetadata } from '@/components/seiten/GebieteIndex';

export const generateMetadata = () => gebieteIndexMetadata('de');

export default function GebieteSeite() {
  return <GebieteIndex sprache="de" />;
}
