/**
 * npm run build (after next build, beside the other steps) — draws the preview image of every
 * topic and area page in the export's languages into out/vorschau/ (lib/auffindbar/zeichnen.ts).
 * The images need only the data, not the pages, so scripts/nachbearbeiten.ts starts this step in
 * a process of its own at once and the drawing (two images at a time, in resvg's and zlib's
 * threads) uses the core the steps working through the pages leave idle; auffindbar waits for
 * it, links each page's image, draws any still missing and removes any no page links.
 */
import { vorschauRouten } from '../lib/auffindbar/vorschau';
import { vorschauZeichnen } from '../lib/auffindbar/zeichnen';
import { nebenlaeufig } from '../lib/nebenlaeufig';
import { OUT, sprachenImExport, zuEnde } from './io';

// A language whose pages this export does not have gets no images.
const routen = vorschauRouten(sprachenImExport());
let gezeichnet = 0;
zuEnde(
  nebenlaeufig(routen, async (route) => {
    if (await vorschauZeichnen(OUT, route)) gezeichnet++;
  }),
  () => `Vorschaubilder: ${gezeichnet} gezeichnet`,
);
