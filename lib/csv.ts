/*
 * CSV that Excel opens correctly with Traditional Chinese: a UTF-8 byte-order mark first (without it Excel
 * reads the file in the system code page and garbles the text), CRLF line ends as RFC 4180 says, and cells
 * quoted when they hold a comma, a quote or a line break. Cells a spreadsheet would run as a formula
 * (=, +, -, @, tab, CR first) get an apostrophe: titles and names are typed by participants.
 */
export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : value instanceof Date ? value.toISOString() : String(value);
  if (/^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole document: header row, then one line per row, each cell read by its header key. */
export function csvDocument<K extends string>(header: readonly K[], rows: readonly Partial<Record<K, unknown>>[]): string {
  const lines = [header.map(csvCell).join(','), ...rows.map((row) => header.map((key) => csvCell(row[key])).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
