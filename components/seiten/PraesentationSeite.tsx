import type { Metadata } from 'next';
import { FolieAnsicht } from '@/components/praesentation/FolieAnsicht';
import { Folien } from '@/components/praesentation/Folien';
import { loadKommune, loadPraesentation } from '@/lib/data';
import { diagramm } from '@/lib/i18n/diagramm';
import { inSprache, type Sprache } from '@/lib/i18n/sprache';
import { woerter } from '@/lib/i18n/woerter';
import { folieDaten } from '@/lib/praesentation/folien';

export function praesentationMetadata(sprache: Sprache): Metadata {
  const w = diagramm(sprache).praesentation;
  return { title: w.titel, description: w.beschreibung, alternates: { languages: { de: '/praesentation/', en: '/en/praesentation/' } } };
}

/** Presentation mode: the saved views of data/praesentation.json as full-screen slides, in one language. */
export function PraesentationSeite({ sprache }: { sprache: Sprache }) {
  const p = loadPraesentation();
  const kommune = loadKommune();
  const folien = p.folien.map((f) => folieDaten(f, sprache));
  const titel = sprache === 'en' ? p.en?.titel : p.titel;
  return (
    <>
      <a className="skip" href="#inhalt">
        {woerter(sprache).rahmen.sprungmarke}
      </a>
      <main className="praesentation" id="inhalt">
        <h1 className="sr-only" lang={titel ? undefined : 'de'}>
          {titel ?? p.titel}
        </h1>
        <p className="praesentation-hilfe">{diagramm(sprache).praesentation.hilfe}</p>
        <Folien zurueck={inSprache('/', sprache)} sprache={sprache}>
          {folien.map((f, i) => (
            <FolieAnsicht key={i} folie={f} nummer={i + 1} anzahl={folien.length} namensnennung={kommune.lizenz.namensnennung} sprache={sprache} />
          ))}
        </Folien>
      </main>
    </>
  );
}
