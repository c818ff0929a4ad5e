import { MethodikSeite, methodikMetadata } from '@/components/seiten/MethodikSeite';

export const metadata = methodikMetadata('en');

export default function MethodsPage() {
  return <MethodikSeite sprache="en" />;
}
