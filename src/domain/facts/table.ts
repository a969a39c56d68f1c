// The packed fact tables: one row a line, fields split at "|", and "# heading" lines that head
// the rows below them (a region, a country, a kind of body).

/** Each row's fields with the heading it stands under. */
export function readTable(table: string): { heading: string; fields: string[] }[] {
  const rows: { heading: string; fields: string[] }[] = [];
  let heading = '';
  for (const line of table.trim().split('\n')) {
    if (line.startsWith('# ')) heading = line.slice(2);
    else rows.push({ heading, fields: line.split('|') });
  }
  return rows;
}
