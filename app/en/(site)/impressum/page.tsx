import type { Metadata } from 'next';
import { ImpressumSeite } from '@/components/recht/ImpressumSeite';
import { rechtTexte } from '@/lib/i18n/recht';

const t = rechtTexte('en').impressum;
export const metadata: Metadata = { title: t.titel, description: t.beschreibung, alternates: { languages: { de: '/impressum/', en: '/en/impressum/' } } };

export default function Page() {
  return <ImpressumSeite sprache="en" />;
}
