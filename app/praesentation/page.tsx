import type { Metadata } from 'next';
import { FolieAnsicht } from '@/components/praesentation/FolieAnsicht';
import { Folien } from '@/components/praesentation/Folien';
import { loadKommune, loadPraesentation } from '@/lib/data';
import { folieDaten } from '@/lib/praesentation/folien';

export const metadata: Metadata = { title: 'Präsentation', description: 'Folien für Rat und Ausschüsse: Kennzahlen, Karte und Themen, mit Tastatur zu bedienen.' };

/** Presentation mode: the saved views of data/praesentation.json as full-screen slides. */
export default function PraesentationSeite() {
  const p = loadPraesentation();
  const kommune = loadKommune();
  const folien = p.folien.map(folieDaten);
  return (
    <>
      <a className="skip" href="#inhalt">
        Zum Inhalt springen
      </a>
      <main className="praesentation" id="inhalt">
        <h1 className="sr-only">{p.titel}</h1>
        <p className="praesentation-hilfe">
          Weiter mit →, Bild ↓ oder Leertaste; zurück mit ← oder Bild ↑; Pos1/Ende: erste/letzte Folie; F: Vollbild; Esc: beenden.
        </p>
        <Folien>
          {folien.map((f, i) => (
            <FolieAnsicht key={i} folie={f} nummer={i + 1} anzahl={folien.length} namensnennung={kommune.lizenz.namensnennung} />
          ))}
        </Folien>
      </main>
    </>
  );
}
