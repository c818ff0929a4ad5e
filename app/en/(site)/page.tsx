import type { Metadata } from 'next';
import { Startseite } from '@/components/seiten/Startseite';
import { loadKommune } from '@/lib/data';

export function generateMetadata(): Metadata {
  return { title: { absolute: `Integration Atlas ${loadKommune().name}` }, alternates: { languages: { de: '/', en: '/en/' } } };
}

export default function StartseiteEnglisch() {
  return <Startseite sprache="en" />;
}
