/** Header row of a data table; a column named with a leading `#` is numeric (right-aligned). */
export function TabellenKopf({ spalten }: { spalten: string[] }) {
  return (
    <thead>
      <tr>
        {spalten.map((s) => (
          <th key={s} scope="col" className={s.startsWith('#') ? 'num' : undefined}>
            {s.replace(/^#/, '')}
          </th>
        ))}
      </tr>
    </thead>
  );
}
