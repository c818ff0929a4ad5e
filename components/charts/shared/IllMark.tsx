/** The mark of an illustrative value where it stands in a table cell: a star, read out in words. */
export function IllMark() {
  return (
    <span className="ill-mark" title="Beispieldaten">
      <span aria-hidden="true">*</span>
      <span className="sr-only"> (Beispieldaten)</span>
    </span>
  );
}
