import { describe, expect, it } from 'vitest';
import { abweichung, ausVorlage, ersterUnterschied, hauptteil, ohneTextTrenner, profilVorlagen } from './vorlage';

const seite = (id: string, titel: string, inhalt: string) =>
  `<!DOCTYPE html><html lang="de"><head><title>${titel} – Atlas</title><link rel="alternate" hrefLang="en" href="https://x.example/en/gebiete/${id}/"/></head><body><a class="sprachwechsel" href="/en/gebiete/${id}/">English</a><main id="inhalt">${inhalt}<!--$--><!--/$--></main><footer>https://x.example/gebiete/${id}/ · /gebiete/</footer></body></html>`;

describe('area profiles from a template', () => {
  it('builds the first two areas of each level, in the register order', () => {
    const gebiete = [
      { id: 'A', ebene: 'grob' },
      { id: 'A1', ebene: 'fein' },
      { id: 'B', ebene: 'grob' },
      { id: 'A2', ebene: 'fein' },
      { id: 'C', ebene: 'grob' },
      { id: 'B1', ebene: 'fein' },
    ];
    expect(profilVorlagen(gebiete).map((g) => g.id)).toEqual(['A', 'A1', 'B', 'A2']);
    expect(profilVorlagen([])).toEqual([]);
  });

  it('splits a page around its one main part', () => {
    expect(hauptteil('<p>a</p><main id="inhalt">x</main><p>b</p>')).toEqual({ vor: '<p>a</p><main id="inhalt">', inhalt: 'x', nach: '</main><p>b</p>' });
    expect(hauptteil('<main>x</main>')).toBeNull();
    expect(hauptteil('<main id="inhalt">x</main><main id="inhalt">y</main>')).toBeNull();
  });

  it('gives the target its main part, address and title, the frame and what follows the page from the template', () => {
    const vorlage = { id: 'A', titel: 'Alt & Neu (Bezirk)', gerendert: '<h1>Alt<!-- --> &amp; Neu</h1>', html: seite('A', 'Alt &amp; Neu (Bezirk)', '<h1>Alt &amp; Neu</h1>') };
    const ziel = { id: 'A10', titel: 'Zehn "x" (Bezirk)', gerendert: '<h1>Zehn</h1>' };
    expect(ausVorlage(vorlage)(ziel)).toBe(seite('A10', 'Zehn &quot;x&quot; (Bezirk)', '<h1>Zehn</h1>'));
    // Replacement texts are taken as they are ($& is no pattern).
    expect(ausVorlage(vorlage)({ ...ziel, titel: '$& $1' })).toContain('<title>$&amp; $1 – Atlas</title>');
  });

  it('refuses a template whose main part is not its own rendering, or without its title or address', () => {
    const html = seite('A', 'Alt', '<h1>Alt</h1>');
    expect(() => ausVorlage({ id: 'A', titel: 'Alt', gerendert: '<h1>Anders</h1>', html })).toThrow(/nicht, was React/);
    expect(() => ausVorlage({ id: 'A', titel: 'Falsch', gerendert: '<h1>Alt</h1>', html })).toThrow(/Titel|title/);
    expect(() => ausVorlage({ id: 'Z', titel: 'Alt', gerendert: '<h1>Alt</h1>', html })).toThrow(/gebiete\/Z\//);
    expect(() => ausVorlage({ id: 'A', titel: 'Alt', gerendert: '', html: '<p>kein main</p>' })).toThrow(/main/);
  });

  it('checks a derived page against the one Next built, apart from text separators', () => {
    const ableiten = ausVorlage({ id: 'A', titel: 'Alt', gerendert: '<h1>Alt</h1>', html: seite('A', 'Alt', '<h1>Alt</h1>') });
    const ziel = { id: 'B', titel: 'Neu', gerendert: '<h1>Neu<!-- -->2</h1>' };
    expect(abweichung(ableiten, ziel, seite('B', 'Neu', '<h1>Neu2</h1>'))).toBeNull();
    expect(abweichung(ableiten, ziel, seite('B', 'Neu', '<h1>Neu3</h1>'))).toMatch(/^Zeichen \d+: .*Neu2.* statt .*Neu3/);
    // A frame that names the area somewhere the derivation does not know about.
    expect(abweichung(ableiten, ziel, seite('B', 'Neu', '<h1>Neu2</h1>').replace('<footer>', '<footer>Neu'))).not.toBeNull();
  });

  it('compares pages apart from React text separators and names the first difference', () => {
    expect(ohneTextTrenner('a<!-- -->b<!--$-->')).toBe('ab<!--$-->');
    expect(ersterUnterschied('abcX', 'abcY')).toBe('Zeichen 3: "abcX" statt "abcY"');
  });
});
