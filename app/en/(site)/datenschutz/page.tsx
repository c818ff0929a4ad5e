import type { Metadata } from 'next';
import { DatenschutzSeite } from '@/components/recht/DatenschutzSeite';
import { rechtTexte } from '@/lib/i18n/recht';

const t = rechtTexte('en').datenschutz;
export const metadata: Metadata = { title: t.titel, description: t.beschreibung, alternates: { languages: { de: '/datenschutz/', en: '/en/datenschutz/' } } };

export default function Page() {
  return <DatenschutzSeite sprache="en" />;
}
