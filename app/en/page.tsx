import type { Metadata } from 'next';
import { Startseite } from '@/components/seiten/Startseite';

export const metadata: Metadata = { alternates: { languages: { de: '/', en: '/en/' } } };

export default function StartseiteEnglisch() {
  return <Startseite sprache="en" />;
}
