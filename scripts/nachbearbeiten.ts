/**
 * The build's steps after `next build`, in order — one list for `npm run build` and the fixture
 * site (scripts/fixture-site.ts). Each step is a script of its own working on out/
 * (INTEGRATIONSATLAS_OUT) that also runs alone (`npx tsx scripts/<step>.ts`); here they run one
 * after the other in this one process, which saves starting Node and tsx for each (about 1 s a
 * step). A step that fails stops the build with exit code 1.
 */
import { nebenher, nacheinander } from './io';

/**
 * The preview images need only the data: drawn in a process of their own from the start
 * (scripts/vorschaubilder.ts), on the core the steps before auffindbar leave idle. resvg's
 * allocator (mimalloc) keeps the memory it frees instead of returning it to the system at once:
 * each image allocates a few 1200 × 630 pixel buffers, and giving them back and faulting them in
 * again was a third of the drawing's time (730 images: 31.3 → 19.2 s, page faults 1.19 M → 83 k).
 */
const vorschaubilder = nebenher('vorschaubilder.ts', { MIMALLOC_PURGE_DELAY: '-1' });

export const SCHRITTE = {
  'zeichnungen-einsetzen': () => import('./zeichnungen-einsetzen'),
  'seiten-ohne-daten': () => import('./seiten-ohne-daten'),
  'ohne-rsc-dateien': () => import('./ohne-rsc-dateien'),
  'alte-adressen': () => import('./alte-adressen'),
  'sprache-setzen': () => import('./sprache-setzen'),
  'ohne-laufzeit': () => import('./ohne-laufzeit'),
  'gebiete-aus-vorlage': () => import('./gebiete-aus-vorlage'),
  vorschaubilder: () => vorschaubilder.fertig,
  auffindbar: () => import('./auffindbar'),
  sicherheitsheader: () => import('./sicherheitsheader'),
  komprimieren: () => import('./komprimieren'),
} as const;

void nacheinander(SCHRITTE).then(({ ok, zeiten }) => {
  if (!ok) {
    vorschaubilder.abbrechen();
    process.exit(1);
  }
  console.log(`Nachbearbeitung: ${zeiten.join(', ')}`);
});
