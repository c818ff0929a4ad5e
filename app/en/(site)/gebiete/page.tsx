import { GebieteIndex, gebieteIndexMetadata } from '@/components/seiten/GebieteIndex';

export const generateMetadata = () => gebieteIndexMetadata('en');

export default function AreasPage() {
  return <GebieteIndex sprache="en" />;
}
