/**
 * In the browser: the behaviour of the display choice (components/DarstellungWahl.tsx) — shows
 * the stored choice (which the head's VORAB_SKRIPT has already applied) and applies and keeps a
 * new one. No cookie: the choice stays in this browser.
 */
import { attribute, lesen, SPEICHER_SCHLUESSEL, STANDARD, type Darstellung } from '@/lib/darstellung/darstellung';

function gespeichert(): Darstellung {
  try {
    return lesen(localStorage.getItem(SPEICHER_SCHLUESSEL));
  } catch {
    return STANDARD;
  }
}

export function darstellungWahl(feld: HTMLFieldSetElement): void {
  const schema = feld.querySelector<HTMLSelectElement>('select');
  const kontrast = feld.querySelector<HTMLInputElement>('input[type="checkbox"]');
  if (!schema || !kontrast) return;
  const d = gespeichert();
  schema.value = d.farbschema;
  kontrast.checked = d.kontrast === 'hoch';
  const setze = () => {
    // Read back through lesen: only known values reach <html> and the storage.
    const neu = lesen(JSON.stringify({ farbschema: schema.value, kontrast: kontrast.checked ? 'hoch' : 'normal' }));
    const r = document.documentElement;
    r.removeAttribute('data-farbschema');
    r.removeAttribute('data-kontrast');
    for (const [k, v] of Object.entries(attribute(neu))) r.setAttribute(k, v);
    try {
      localStorage.setItem(SPEICHER_SCHLUESSEL, JSON.stringify(neu));
    } catch {
      // Storage may be off: the choice then holds for this page only.
    }
  };
  schema.addEventListener('change', setze);
  kontrast.addEventListener('change', setze);
}
