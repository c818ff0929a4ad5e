import type { Metadata } from 'next';
import { SuchErgebnisse } from '@/components/suche/SuchErgebnisse';
import { diagramm } from '@/lib/i18n/diagramm';
import type { Sprache } from '@/lib/i18n/sprache';
import { suchIndex } from '@/lib/suche/index';

export function suchMetadata(sprache: Sprache): Metadata {
  const w = diagramm(sprache).suche;
  return { title: w.label, description: w.alle, alternates: { languages: { de: '/suche/', en: '/en/suche/' } } };
}

/** The search page: results for ?q=…; without JavaScript (and with an empty query) everything the search finds, by kind. */
export function SuchSeite({ sprache }: { sprache: Sprache }) {
  return (
    <div className="wrap suche-seite">
      <h1>{diagramm(sprache).suche.label}</h1>
      <SuchErgebnisse eintraege={suchIndex(sprache)} sprache={sprache} />
    </div>
  );
}
