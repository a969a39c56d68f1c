// Month and weekday names.

// biome-ignore format: a table reads best packed, several entries a line
export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** The month names as a regular-expression alternation, for patterns built around them. */
export const MONTH_ALTERNATION = MONTHS.join('|');

/** The weekday names as a regular-expression alternation. */
export const WEEKDAY_ALTERNATION = WEEKDAYS.join('|');

// biome-ignore format: a table reads best packed, several entries a line
const ABBREVIATED: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** 1-based month number from a full English month name or a dotted abbreviation ("Sept."), or 0. */
export function monthNumber(word: string): number {
  const full = MONTHS.indexOf(word);
  if (full >= 0) return full + 1;
  if (word.endsWith('.')) return ABBREVIATED[word.slice(0, -1).toLowerCase()] ?? 0;
  return 0;
}
