// Built-in organisations with a subtype, so a central bank is swapped for a central bank and a
// football club for a football club.

export type OrgSubtype =
  | 'intergovernmental'
  | 'un-body'
  | 'alliance'
  | 'government'
  | 'central-bank'
  | 'financial'
  | 'company'
  | 'sport'
  | 'club'
  | 'science'
  | 'ngo'
  | 'legislature'
  | 'agency'
  | 'court'
  | 'media'
  | 'other';

export interface OrgFact {
  /** display name with its article when it takes one */
  name: string;
  subtype: OrgSubtype;
  aliases?: string[];
  /** the country it belongs to, when it is a national body */
  country?: string;
}

export const ORGANISATIONS: OrgFact[] = [
  { name: 'the United Nations', subtype: 'intergovernmental', aliases: ['UN', 'U.N.'] },
  { name: 'the European Union', subtype: 'intergovernmental', aliases: ['EU', 'E.U.'] },
  { name: 'the African Union', subtype: 'intergovernmental', aliases: ['AU'] },
  { name: 'the Arab League', subtype: 'intergovernmental', aliases: ['League of Arab States'] },
  { name: 'ASEAN', subtype: 'intergovernmental', aliases: ['Association of Southeast Asian Nations'] },
  { name: 'the G7', subtype: 'intergovernmental', aliases: ['G7', 'Group of Seven'] },
  { name: 'the G20', subtype: 'intergovernmental', aliases: ['G20', 'Group of 20'] },
  { name: 'OPEC', subtype: 'intergovernmental', aliases: ['Organization of the Petroleum Exporting Countries'] },
  { name: 'NATO', subtype: 'alliance', aliases: ['North Atlantic Treaty Organization', 'Nato'] },
  { name: 'the General Assembly', subtype: 'un-body', aliases: ['UN General Assembly', 'United Nations General Assembly'] },
  { name: 'the Security Council', subtype: 'un-body', aliases: ['UN Security Council', 'United Nations Security Council'] },
  { name: 'the Human Rights Council', subtype: 'un-body' },
  { name: 'the Economic and Social Council', subtype: 'un-body', aliases: ['ECOSOC', 'UN Economic and Social Council'] },
  { name: 'the World Health Organization', subtype: 'agency', aliases: ['WHO', 'World Health Organisation'] },
  { name: 'UNESCO', subtype: 'agency' },
  { name: 'UNICEF', subtype: 'agency' },
  { name: 'the International Court of Justice', subtype: 'court', aliases: ['ICJ'] },
  { name: 'the International Criminal Court', subtype: 'court', aliases: ['ICC'] },
  { name: 'the World Trade Organization', subtype: 'agency', aliases: ['WTO', 'World Trade Organisation'] },
  { name: 'the International Monetary Fund', subtype: 'financial', aliases: ['IMF'] },
  { name: 'the World Bank', subtype: 'financial' },
  { name: 'the Federal Reserve', subtype: 'central-bank', aliases: ['Fed', 'US Federal Reserve'], country: 'the United States' },
  { name: 'the European Central Bank', subtype: 'central-bank', aliases: ['ECB'] },
  { name: 'the Bank of England', subtype: 'central-bank', country: 'the United Kingdom' },
  { name: 'the Bank of Japan', subtype: 'central-bank', country: 'Japan' },
  { name: "the People's Bank of China", subtype: 'central-bank', country: 'China' },
  { name: 'the Reserve Bank of India', subtype: 'central-bank', country: 'India' },
  { name: 'the European Commission', subtype: 'government' },
  { name: 'the European Parliament', subtype: 'legislature' },
  { name: 'Congress', subtype: 'legislature', country: 'the United States', aliases: ['US Congress'] },
  { name: 'the Senate', subtype: 'legislature' },
  { name: 'the Bundestag', subtype: 'legislature', country: 'Germany' },
  { name: 'the White House', subtype: 'government', country: 'the United States' },
  { name: 'the Kremlin', subtype: 'government', country: 'Russia' },
  { name: 'Downing Street', subtype: 'government', country: 'the United Kingdom' },
  { name: 'the Pentagon', subtype: 'government', country: 'the United States' },
  { name: 'the State Department', subtype: 'government', country: 'the United States', aliases: ['US State Department'] },
  { name: 'the Foreign Office', subtype: 'government', country: 'the United Kingdom' },
  { name: 'NASA', subtype: 'science', country: 'the United States' },
  { name: 'the European Space Agency', subtype: 'science', aliases: ['ESA'] },
  { name: 'CERN', subtype: 'science' },
  { name: 'the International Energy Agency', subtype: 'agency', aliases: ['IEA'] },
  { name: 'the IAEA', subtype: 'agency', aliases: ['IAEA', 'International Atomic Energy Agency'] },
  { name: 'FIFA', subtype: 'sport' },
  { name: 'UEFA', subtype: 'sport' },
  { name: 'the International Olympic Committee', subtype: 'sport', aliases: ['IOC'] },
  { name: 'World Athletics', subtype: 'sport' },
  { name: 'Arsenal', subtype: 'club' },
  { name: 'Real Madrid', subtype: 'club' },
  { name: 'Bayern Munich', subtype: 'club' },
  { name: 'Juventus', subtype: 'club' },
  { name: 'Benfica', subtype: 'club' },
  { name: 'Ajax', subtype: 'club' },
  { name: 'Celtic', subtype: 'club' },
  { name: 'Porto', subtype: 'club' },
  { name: 'Boca Juniors', subtype: 'club' },
  { name: 'Inter Milan', subtype: 'club' },
  { name: 'Paris Saint-Germain', subtype: 'club' },
  { name: 'Manchester United', subtype: 'club' },
  { name: 'Amnesty International', subtype: 'ngo' },
  { name: 'Human Rights Watch', subtype: 'ngo' },
  { name: 'the Red Cross', subtype: 'ngo', aliases: ['International Committee of the Red Cross', 'ICRC'] },
  { name: 'Médecins Sans Frontières', subtype: 'ngo', aliases: ['Doctors Without Borders', 'MSF'] },
  // News agencies and broadcasters: who reported a fact, never the fact itself.
  { name: 'Reuters', subtype: 'media' },
  { name: 'the Associated Press', subtype: 'media', aliases: ['Associated Press'] },
  { name: 'Agence France-Presse', subtype: 'media', aliases: ['AFP'] },
  { name: 'Bloomberg News', subtype: 'media' },
  { name: 'Xinhua', subtype: 'media', aliases: ['Xinhua News Agency'] },
  { name: 'TASS', subtype: 'media' },
  { name: 'Kyodo News', subtype: 'media', aliases: ['Kyodo'] },
  { name: 'Yonhap', subtype: 'media', aliases: ['Yonhap News Agency'] },
  { name: 'Anadolu Agency', subtype: 'media', aliases: ['Anadolu'] },
  { name: 'the BBC', subtype: 'media', aliases: ['BBC'] },
  { name: 'CNN', subtype: 'media' },
  { name: 'Al Jazeera', subtype: 'media' },
  { name: 'the Financial Times', subtype: 'media', aliases: ['Financial Times'] },
  { name: 'The New York Times', subtype: 'media', aliases: ['New York Times'] },
];

/** Capitalised words that make a name an organisation, with the subtype they suggest. */
// biome-ignore format: a table reads best packed, several entries a line
export const ORG_HEAD_WORDS = new Map<string, OrgSubtype>(Object.entries({
  ministry: 'government', department: 'government', office: 'government', agency: 'government',
  commission: 'government', committee: 'other', council: 'government', cabinet: 'government',
  government: 'government', administration: 'government', parliament: 'legislature',
  assembly: 'legislature', congress: 'legislature', senate: 'legislature', court: 'court',
  union: 'intergovernmental', league: 'intergovernmental', organization: 'intergovernmental',
  organisation: 'intergovernmental', alliance: 'alliance', bank: 'financial', fund: 'financial',
  exchange: 'financial', institute: 'science', university: 'science', observatory: 'science',
  laboratory: 'science', society: 'ngo', foundation: 'ngo', association: 'ngo', federation: 'sport',
  club: 'club', fc: 'club', party: 'other', army: 'government', navy: 'government',
  forces: 'government', police: 'government', corporation: 'company', corp: 'company',
  inc: 'company', ltd: 'company', limited: 'company', llc: 'company', plc: 'company', group: 'company', holdings: 'company',
  airlines: 'company', airways: 'company', motors: 'company', bureau: 'government',
  authority: 'government', service: 'government', board: 'government', tribunal: 'court',
  united: 'club', rovers: 'club', athletic: 'club', wanderers: 'club', albion: 'club', hotspur: 'club',
} satisfies Record<string, OrgSubtype>));

/** Capitalised words that make a name a thing or a place, never a person. */
// biome-ignore format: a table reads best packed, several entries a line
export const THING_HEAD_WORDS = new Set([
  'telescope', 'observatory', 'stadium', 'arena', 'station', 'airport', 'bridge', 'street', 'road',
  'square', 'park', 'building', 'tower', 'hospital', 'school', 'prize', 'cup', 'award', 'mission',
  'programme', 'program', 'agreement', 'treaty', 'act', 'bill', 'plan', 'accord', 'summit',
  'conference', 'declaration', 'resolution', 'strategy', 'report', 'index', 'sea', 'ocean', 'river',
  'lake', 'mountain', 'island', 'islands', 'valley', 'desert', 'strait', 'gulf', 'bay', 'canal',
  'province', 'state', 'county', 'district', 'region', 'city', 'town', 'village', 'centre', 'center',
  'games', 'championship', 'open', 'olympics', 'festival', 'day', 'week', 'talks', 'initiative',
  'project', 'satellite', 'rover', 'probe', 'spacecraft', 'vaccine', 'virus', 'journal', 'review',
  'times', 'post', 'news', 'herald', 'gazette', 'flight', 'hall', 'palace', 'house', 'court',
]);
