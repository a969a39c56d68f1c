// Titles that come before a name, and common nouns for office-holders.

/** Multi-word titles first so the longest one wins. Each is matched case-sensitively as written. */
// biome-ignore format: a table reads best packed, several entries a line
export const NAME_TITLES: string[] = [
  'Prime Minister', 'Deputy Prime Minister', 'Vice President', 'Vice-President', 'President',
  'Foreign Minister', 'Defence Minister', 'Defense Minister', 'Finance Minister', 'Trade Minister',
  'Interior Minister', 'Health Minister', 'Minister', 'Secretary of State', 'Secretary-General',
  'Secretary General', 'Defense Secretary', 'Defence Secretary', 'Foreign Secretary', 'Treasury Secretary',
  'Home Secretary', 'Secretary', 'Chancellor', 'Premier', 'King', 'Queen', 'Prince', 'Princess',
  'Crown Prince', 'Emperor', 'Pope', 'Sheikh', 'Emir', 'Sultan', 'Senator', 'Sen.', 'Representative',
  'Rep.', 'Congressman', 'Congresswoman', 'Governor', 'Gov.', 'Mayor', 'Ambassador', 'Envoy',
  'Spokesman', 'Spokeswoman', 'Spokesperson', 'Chairman', 'Chairwoman', 'Chair', 'Director',
  'Director-General', 'Commissioner', 'General', 'Gen.', 'Admiral', 'Adm.', 'Colonel', 'Col.',
  'Captain', 'Capt.', 'Lieutenant', 'Lt.', 'Sergeant', 'Sgt.', 'Councillor', 'Councilor', 'Judge',
  'Justice', 'Chief Justice', 'Professor', 'Prof.', 'Dr', 'Dr.', 'Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms',
  'Ms.', 'Sir', 'Dame', 'Lord', 'Lady', 'Coach', 'Manager', 'Chief Executive', 'CEO',
  'Archbishop', 'Bishop', 'Rabbi', 'Imam', 'Speaker', 'Leader', 'Chief',
  'Striker', 'Midfielder', 'Defender', 'Goalkeeper', 'Forward', 'Winger', 'Captain', 'Skipper', 'Substitute',
  // Offices of councils, boards, firms, police and schools: minutes and local news name people by them.
  'Deputy Mayor', 'Town Clerk', 'City Clerk', 'Clerk', 'Treasurer', 'City Engineer', 'Chief Engineer', 'Engineer',
  'Alderman', 'Alderwoman', 'Trustee', 'Auditor', 'Comptroller', 'Surveyor', 'Attorney General', 'Attorney',
  'Prosecutor', 'Sheriff', 'Inspector', 'Superintendent', 'Detective', 'Officer', 'Commander',
  'Chief Financial Officer', 'Chief Operating Officer', 'CFO', 'COO', 'Principal', 'Headteacher', 'Dean',
  'Reverend', 'Rev.', 'Pastor',
];

/** Words that never start a person's name even when capitalised. */
// biome-ignore format: a table reads best packed, several entries a line
export const NOT_NAME_WORDS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my',
  'in', 'on', 'at', 'by', 'for', 'with', 'from', 'to', 'of', 'and', 'or', 'but', 'if', 'as',
  'after', 'before', 'during', 'while', 'when', 'since', 'under', 'over', 'according', 'although',
  'however', 'meanwhile', 'both', 'no', 'not', 'all', 'some', 'many', 'most', 'other', 'such',
  'it', 'he', 'she', 'they', 'we', 'i', 'you', 'there', 'here', 'what', 'who', 'which', 'where',
  'why', 'how', 'yet', 'also', 'still', 'even', 'only', 'just', 'then', 'now', 'today', 'yesterday',
  'tomorrow', 'last', 'next', 'earlier', 'later', 'each', 'every', 'any', 'several', 'strongly',
  'adopting', 'despite', 'following', 'amid', 'among', 'between', 'into', 'about', 'against',
  'without', 'within', 'once', 'new', 'former', 'more', 'less', 'one', 'two', 'three', 'first',
  'text', 'readout', 'statement', 'share', 'see', 'note', 'read', 'click', 'photo', 'advertisement',
]);

/** The field a title belongs to, when it says: picks built-in people of the same field. */
export function fieldOfTitle(title: string): string | null {
  if (/^(Professor|Prof\.|Dr\.?)$/.test(title)) return 'science';
  if (/^(Striker|Midfielder|Defender|Goalkeeper|Forward|Winger|Skipper|Substitute|Coach|Manager)$/i.test(title)) return 'sport';
  return null;
}
