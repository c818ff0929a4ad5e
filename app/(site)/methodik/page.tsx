import { MethodikSeite, methodikMetadata } from '@/components/seiten/MethodikSeite';

export const metadata = methodikMetadata('de');

export default function MethodikDeutsch() {
  return <MethodikSeite sprache="de" />;
}
