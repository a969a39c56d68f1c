// Built-in organisations with a subtype, so a central bank is swapped for a central bank and a
// football club for a football club.

import { readTable } from './table';
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

// One organisation a line: name | aliases (;) | the country of a national body; "# subtype"
// heads the lines of a subtype. A packed table ships smaller in the Worker than an object
// literal an organisation.
const TABLE = `
# intergovernmental
the United Nations|UN;U.N.
the European Union|EU;E.U.
the African Union|AU
the Arab League|League of Arab States
ASEAN|Association of Southeast Asian Nations
the G7|G7;Group of Seven
the G20|G20;Group of 20
OPEC|Organization of the Petroleum Exporting Countries
# alliance
NATO|North Atlantic Treaty Organization;Nato
# un-body
the General Assembly|UN General Assembly;United Nations General Assembly
the Security Council|UN Security Council;United Nations Security Council
the Human Rights Council
the Economic and Social Council|ECOSOC;UN Economic and Social Council
# agency
the World Health Organization|WHO;World Health Organisation
UNESCO
UNICEF
# court
the International Court of Justice|ICJ
the International Criminal Court|ICC
# agency
the World Trade Organization|WTO;World Trade Organisation
# financial
the International Monetary Fund|IMF
the World Bank
# central-bank
the Federal Reserve|Fed;US Federal Reserve|the United States
the European Central Bank|ECB
the Bank of England||the United Kingdom
the Bank of Japan||Japan
the People's Bank of China||China
the Reserve Bank of India||India
# government
the European Commission
# legislature
the European Parliament
Congress|US Congress|the United States
the Senate
the Bundestag||Germany
# government
the White House||the United States
the Kremlin||Russia
Downing Street||the United Kingdom
the Pentagon||the United States
the State Department|US State Department|the United States
the Foreign Office||the United Kingdom
# science
NASA||the United States
the European Space Agency|ESA
CERN
# agency
the International Energy Agency|IEA
the IAEA|IAEA;International Atomic Energy Agency
# sport
FIFA
UEFA
the International Olympic Committee|IOC
World Athletics
# club
Arsenal
Real Madrid
Bayern Munich
Juventus
Benfica
Ajax
Celtic
Porto
Boca Juniors
Inter Milan
Paris Saint-Germain
Manchester United
# ngo
Amnesty International
Human Rights Watch
the Red Cross|International Committee of the Red Cross;ICRC
Médecins Sans Frontières|Doctors Without Borders;MSF
# media
Reuters
the Associated Press|Associated Press
Agence France-Presse|AFP
Bloomberg News
Xinhua|Xinhua News Agency
TASS
Kyodo News|Kyodo
Yonhap|Yonhap News Agency
Anadolu Agency|Anadolu
the BBC|BBC
CNN
Al Jazeera
the Financial Times|Financial Times
The New York Times|New York Times`;

export const ORGANISATIONS: OrgFact[] = readTable(TABLE).map(({ heading, fields: [name, aliases, country] }) => {
  const o: OrgFact = { name, subtype: heading as OrgSubtype };
  if (aliases) o.aliases = aliases.split(';');
  if (country) o.country = country;
  return o;
});

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
  inc: 'company', ltd: 'company', limited: 'company', llc: 'company', plc: 'company', group: 'company', holdings: 'company', capital: 'company', partners: 'company',
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
  // "Victoria Falls", "Palm Springs": a place, never a person.
  'falls', 'springs', 'creek', 'hills', 'heights', 'beach', 'harbour', 'harbor', 'peninsula', 'reef',
  'province', 'state', 'county', 'district', 'region', 'city', 'town', 'village', 'centre', 'center',
  'games', 'championship', 'open', 'olympics', 'festival', 'day', 'week', 'talks', 'initiative',
  'project', 'satellite', 'rover', 'probe', 'spacecraft', 'vaccine', 'virus', 'journal', 'review',
  'times', 'post', 'news', 'herald', 'gazette', 'flight', 'hall', 'palace', 'house', 'court',
  'flood', 'fire', 'earthquake', 'hurricane', 'storm', 'massacre', 'riot', 'war', 'battle', 'dam', 'mine', 'election',
  'empire', 'kingdom', 'republic', 'dynasty', 'caliphate', 'sultanate', 'principality', 'duchy',
  // "The Hisayama Study has provided …", "the Imperial Guard": a study or a body of men, never a person.
  'study', 'survey', 'trial', 'cohort', 'guard', 'watch', 'exercise', 'operation',
  // A board member's portfolio: "Board Member for Human Resources".
  'resources', 'communications', 'marketing', 'procurement', 'logistics', 'engineering',
]);
