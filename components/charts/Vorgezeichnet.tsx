import { zeichnungAblegen } from '@/lib/zeichnungen';
import { Inline } from './LinienChart';

/**
 * A drawing written on the server as markup. In the built site the page holds an empty box that
 * names the drawing and scripts/zeichnungen-einsetzen.ts sets the markup in (lib/zeichnungen.ts):
 * the drawing is in the HTML once and not again in the payload. Elsewhere (development) inline.
 */
export function Vorgezeichnet({ markup, className }: { markup: string; className?: string }) {
  if (process.env.NODE_ENV !== 'production') return <Inline markup={markup} className={className} />;
  return <div className={className} data-zeichnung={zeichnungAblegen(markup)} dangerouslySetInnerHTML={{ __html: '' }} suppressHydrationWarning />;
}
