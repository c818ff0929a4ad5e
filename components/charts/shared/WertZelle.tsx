import type { Punkt } from '@/lib/themen/model';
import type { Sprache } from '@/lib/i18n/sprache';
import { fmtPunkt, zeichenTitel } from './format';
import { IllMark } from './IllMark';

/** A table cell of one value: its number or official sign with the sign's meaning, marked when illustrative; '.' when none. */
export function WertZelle({ p, sprache }: { p: Punkt | null; sprache: Sprache }) {
  if (!p) return <td className="num">.</td>;
  return (
    <td className={`num${p.illustrativ ? ' ill' : ''}`} title={zeichenTitel(p.zeichen, sprache)} data-wert={p.wert ?? ''}>
      {fmtPunkt(p, sprache)}
      {p.illustrativ && <IllMark sprache={sprache} />}
    </td>
  );
}
