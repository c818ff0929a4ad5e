/** Marks a value as official or illustrative, in words (not colour alone). */
export function ProvenanceBadge({ illustrativ }: { illustrativ: boolean }) {
  return illustrativ ? (
    <span className="badge badge-ill" title="Illustrative Beispieldaten, keine amtlichen Werte" data-testid="badge-beispieldaten">
      Beispieldaten
    </span>
  ) : (
    <span className="badge badge-amtlich" title="Wert aus einer amtlichen Quelle" data-testid="badge-amtlich">
      amtlich
    </span>
  );
}
