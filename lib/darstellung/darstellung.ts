/**
 * The reader's display choices – colour scheme (system, light, dark) and high contrast – kept in
 * localStorage and set as data attributes on <html> before the page paints (VORAB_SKRIPT), so
 * nothing flashes. No cookie: the choice never leaves the browser.
 */
export const SPEICHER_SCHLUESSEL = 'integrationsatlas-darstellung';

export type Farbschema = 'system' | 'hell' | 'dunkel';
export interface Darstellung {
  farbschema: Farbschema;
  kontrast: 'normal' | 'hoch';
}
export const STANDARD: Darstellung = { farbschema: 'system', kontrast: 'normal' };

/** Reads a stored choice; anything unknown falls back to the default. */
export function lesen(roh: string | null): Darstellung {
  try {
    const d = JSON.parse(roh ?? '{}') as Partial<Record<keyof Darstellung, unknown>>;
    return {
      farbschema: d.farbschema === 'hell' || d.farbschema === 'dunkel' ? d.farbschema : 'system',
      kontrast: d.kontrast === 'hoch' ? 'hoch' : 'normal',
    };
  } catch {
    return STANDARD;
  }
}

/** The attributes a choice sets on <html> (absent = follow the system / normal contrast). */
export function attribute(d: Darstellung): { 'data-farbschema'?: string; 'data-kontrast'?: string } {
  return { ...(d.farbschema !== 'system' ? { 'data-farbschema': d.farbschema } : {}), ...(d.kontrast === 'hoch' ? { 'data-kontrast': 'hoch' } : {}) };
}

/** Inline in <head>: applies the stored choice before the first paint (hashed into the CSP like every inline script). */
export const VORAB_SKRIPT = `try{var d=JSON.parse(localStorage.getItem(${JSON.stringify(SPEICHER_SCHLUESSEL)})||'{}'),r=document.documentElement;if(d.farbschema==='hell'||d.farbschema==='dunkel')r.setAttribute('data-farbschema',d.farbschema);if(d.kontrast==='hoch')r.setAttribute('data-kontrast','hoch')}catch(e){}`;
