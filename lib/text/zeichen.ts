import { z } from 'zod';

/**
 * Characters no name, label or value from data may hold: NUL and other controls (tab and line
 * breaks aside), C1 controls (what a wrongly decoded 8-bit file leaves behind) and the bidi
 * embeddings/overrides/isolates that reverse the text around them.
 */
export const VERBOTENE_ZEICHEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** The first forbidden character of a text, as `U+XXXX`, or null. */
export function verbotenesZeichen(s: string): string | null {
  const m = VERBOTENE_ZEICHEN.exec(s);
  return m ? `U+${(m[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}` : null;
}

/** A text of data: without forbidden characters. */
export const sichererText = () =>
  z.string().refine((s) => verbotenesZeichen(s) === null, { error: (i) => `enthält das Steuerzeichen ${verbotenesZeichen(String(i.input))} (Steuer- und Richtungszeichen sind nicht erlaubt)` });

/** Only web addresses: http(s), never javascript:, data: or vbscript:. */
export const webAdresse = () => z.url({ protocol: /^https?$/, error: 'nur http- oder https-Adressen' });
