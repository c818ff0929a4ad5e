import type { Metadata, Viewport } from 'next';
import { Dokument, VIEWPORT } from './Dokument';
import { SeitenRahmen } from '@/components/SeitenRahmen';
import { loadKommune } from '@/lib/data';
import { inSprache, SPRACHEN } from '@/lib/i18n/sprache';
import { woerter } from '@/lib/i18n/woerter';
import './globals.css';

export const viewport: Viewport = VIEWPORT;

export function generateMetadata(): Metadata {
  return { title: `${woerter('de').nichtGefunden.titel} – Integrationsatlas ${loadKommune().name}` };
}

/**
 * The one 404 page of both languages (out/404.html; the servers send it with status 404 for any
 * unknown address): German first, then the same in English, each with the ways on. A document of
 * its own (global-not-found, next.config.mjs), not a boundary of the root layout, so that it is
 * not carried in the payload of every other page.
 */
export default function NichtGefunden() {
  const k = loadKommune();
  return (
    <Dokument>
      <SeitenRahmen eigeneAdresse={false}>
        <div className="wrap">
          {SPRACHEN.map((s) => {
            const w = woerter(s).nichtGefunden;
            const H = s === 'de' ? 'h1' : 'h2';
            return (
              <section key={s} lang={s === 'de' ? undefined : s} data-testid={`nicht-gefunden-${s}`}>
                <H>{w.titel}</H>
                <p className="lead">{w.text(k.name)}</p>
                <ul>
                  <li>
                    <a href={inSprache('/', s)}>{w.start}</a>
                  </li>
                  <li>
                    <a href={inSprache('/daten/', s)}>{w.daten}</a>
                  </li>
                  <li>
                    <a href={inSprache('/methodik/', s)}>{w.methodik}</a>
                  </li>
                </ul>
              </section>
            );
          })}
        </div>
      </SeitenRahmen>
    </Dokument>
  );
}
