import type { Metadata } from 'next';
import { BarrierefreiheitSeite } from '@/components/recht/BarrierefreiheitSeite';
import { rechtTexte } from '@/lib/i18n/recht';

const t = rechtTexte('en').barrierefreiheit;
export const metadata: Metadata = { title: t.titel, description: t.beschreibung, alternates: { languages: { de: '/barrierefreiheit/', en: '/en/barrierefreiheit/' } } };

export default function Page() {
  return <BarrierefreiheitSeite sprache="en" />;
}
