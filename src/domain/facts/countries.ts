// Built-in country facts: names, aliases, demonyms, capitals and regions, for typing entities
// and for picking distractors of the same kind and neighbourhood.

export interface CountryFact {
  /** display name, with its article when it takes one ("the United States") */
  name: string;
  region: string;
  demonym: string;
  capital?: string;
  /** other ways of naming the country (without article) */
  aliases?: string[];
  /** set for territories and disputed places that are not UN members */
  territory?: boolean;
  /** a nation inside a state (England in the United Kingdom): never offered beside it */
  partOf?: string;
}

export const COUNTRIES: CountryFact[] = [
  // North America
  {
    name: 'the United States',
    region: 'north-america',
    demonym: 'American',
    capital: 'Washington',
    aliases: ['US', 'U.S.', 'USA', 'U.S.A.', 'America', 'United States of America'],
  },
  { name: 'Canada', region: 'north-america', demonym: 'Canadian', capital: 'Ottawa' },
  { name: 'Mexico', region: 'north-america', demonym: 'Mexican', capital: 'Mexico City' },
  { name: 'Cuba', region: 'north-america', demonym: 'Cuban', capital: 'Havana' },
  // South America
  { name: 'Brazil', region: 'south-america', demonym: 'Brazilian', capital: 'Brasília', aliases: ['Brasil'] },
  { name: 'Argentina', region: 'south-america', demonym: 'Argentine', capital: 'Buenos Aires' },
  { name: 'Chile', region: 'south-america', demonym: 'Chilean', capital: 'Santiago' },
  { name: 'Colombia', region: 'south-america', demonym: 'Colombian', capital: 'Bogotá' },
  { name: 'Peru', region: 'south-america', demonym: 'Peruvian', capital: 'Lima' },
  { name: 'Venezuela', region: 'south-america', demonym: 'Venezuelan', capital: 'Caracas' },
  { name: 'Ecuador', region: 'south-america', demonym: 'Ecuadorian', capital: 'Quito' },
  { name: 'Bolivia', region: 'south-america', demonym: 'Bolivian', capital: 'La Paz' },
  { name: 'Uruguay', region: 'south-america', demonym: 'Uruguayan', capital: 'Montevideo' },
  // Western Europe
  { name: 'the United Kingdom', region: 'western-europe', demonym: 'British', capital: 'London', aliases: ['UK', 'U.K.', 'Britain', 'Great Britain'] },
  { name: 'England', region: 'western-europe', demonym: 'English', partOf: 'the United Kingdom' },
  { name: 'Scotland', region: 'western-europe', demonym: 'Scottish', capital: 'Edinburgh', partOf: 'the United Kingdom' },
  { name: 'Wales', region: 'western-europe', demonym: 'Welsh', capital: 'Cardiff', partOf: 'the United Kingdom' },
  { name: 'Northern Ireland', region: 'western-europe', demonym: 'Northern Irish', capital: 'Belfast', partOf: 'the United Kingdom' },
  { name: 'France', region: 'western-europe', demonym: 'French', capital: 'Paris' },
  { name: 'Germany', region: 'western-europe', demonym: 'German', capital: 'Berlin' },
  { name: 'Italy', region: 'western-europe', demonym: 'Italian', capital: 'Rome' },
  { name: 'Spain', region: 'western-europe', demonym: 'Spanish', capital: 'Madrid' },
  { name: 'Portugal', region: 'western-europe', demonym: 'Portuguese', capital: 'Lisbon' },
  { name: 'the Netherlands', region: 'western-europe', demonym: 'Dutch', capital: 'Amsterdam', aliases: ['Holland'] },
  { name: 'Belgium', region: 'western-europe', demonym: 'Belgian', capital: 'Brussels' },
  { name: 'Ireland', region: 'western-europe', demonym: 'Irish', capital: 'Dublin' },
  { name: 'Switzerland', region: 'western-europe', demonym: 'Swiss', capital: 'Bern' },
  { name: 'Austria', region: 'western-europe', demonym: 'Austrian', capital: 'Vienna' },
  { name: 'Sweden', region: 'northern-europe', demonym: 'Swedish', capital: 'Stockholm' },
  { name: 'Norway', region: 'northern-europe', demonym: 'Norwegian', capital: 'Oslo' },
  { name: 'Denmark', region: 'northern-europe', demonym: 'Danish', capital: 'Copenhagen' },
  { name: 'Finland', region: 'northern-europe', demonym: 'Finnish', capital: 'Helsinki' },
  { name: 'Iceland', region: 'northern-europe', demonym: 'Icelandic', capital: 'Reykjavik' },
  { name: 'Greece', region: 'southern-europe', demonym: 'Greek', capital: 'Athens' },
  // Eastern Europe
  { name: 'Russia', region: 'eastern-europe', demonym: 'Russian', capital: 'Moscow', aliases: ['Russian Federation'] },
  { name: 'Ukraine', region: 'eastern-europe', demonym: 'Ukrainian', capital: 'Kyiv', aliases: ['Kiev'] },
  { name: 'Poland', region: 'eastern-europe', demonym: 'Polish', capital: 'Warsaw' },
  { name: 'Belarus', region: 'eastern-europe', demonym: 'Belarusian', capital: 'Minsk' },
  { name: 'Hungary', region: 'eastern-europe', demonym: 'Hungarian', capital: 'Budapest' },
  { name: 'Romania', region: 'eastern-europe', demonym: 'Romanian', capital: 'Bucharest' },
  { name: 'Czechia', region: 'eastern-europe', demonym: 'Czech', capital: 'Prague', aliases: ['Czech Republic'] },
  { name: 'Serbia', region: 'eastern-europe', demonym: 'Serbian', capital: 'Belgrade' },
  { name: 'Bulgaria', region: 'eastern-europe', demonym: 'Bulgarian', capital: 'Sofia' },
  { name: 'Moldova', region: 'eastern-europe', demonym: 'Moldovan', capital: 'Chișinău' },
  { name: 'Georgia', region: 'eastern-europe', demonym: 'Georgian', capital: 'Tbilisi' },
  // Middle East and North Africa
  { name: 'Syria', region: 'middle-east', demonym: 'Syrian', capital: 'Damascus', aliases: ['Syrian Arab Republic'] },
  { name: 'Israel', region: 'middle-east', demonym: 'Israeli', capital: 'Jerusalem' },
  { name: 'Iran', region: 'middle-east', demonym: 'Iranian', capital: 'Tehran' },
  { name: 'Iraq', region: 'middle-east', demonym: 'Iraqi', capital: 'Baghdad' },
  { name: 'Saudi Arabia', region: 'middle-east', demonym: 'Saudi', capital: 'Riyadh' },
  { name: 'Turkey', region: 'middle-east', demonym: 'Turkish', capital: 'Ankara', aliases: ['Türkiye'] },
  { name: 'Jordan', region: 'middle-east', demonym: 'Jordanian', capital: 'Amman' },
  { name: 'Lebanon', region: 'middle-east', demonym: 'Lebanese', capital: 'Beirut' },
  { name: 'Egypt', region: 'middle-east', demonym: 'Egyptian', capital: 'Cairo' },
  { name: 'Qatar', region: 'middle-east', demonym: 'Qatari', capital: 'Doha' },
  { name: 'the United Arab Emirates', region: 'middle-east', demonym: 'Emirati', capital: 'Abu Dhabi', aliases: ['UAE'] },
  { name: 'Yemen', region: 'middle-east', demonym: 'Yemeni', capital: 'Sanaa' },
  { name: 'Gaza', region: 'middle-east', demonym: 'Gazan', territory: true, aliases: ['Gaza Strip'] },
  { name: 'Libya', region: 'north-africa', demonym: 'Libyan', capital: 'Tripoli' },
  { name: 'Tunisia', region: 'north-africa', demonym: 'Tunisian', capital: 'Tunis' },
  { name: 'Algeria', region: 'north-africa', demonym: 'Algerian', capital: 'Algiers' },
  { name: 'Morocco', region: 'north-africa', demonym: 'Moroccan', capital: 'Rabat' },
  // Sub-Saharan Africa
  { name: 'Nigeria', region: 'africa', demonym: 'Nigerian', capital: 'Abuja' },
  { name: 'South Africa', region: 'africa', demonym: 'South African', capital: 'Pretoria' },
  { name: 'Kenya', region: 'africa', demonym: 'Kenyan', capital: 'Nairobi' },
  { name: 'Ethiopia', region: 'africa', demonym: 'Ethiopian', capital: 'Addis Ababa' },
  { name: 'Ghana', region: 'africa', demonym: 'Ghanaian', capital: 'Accra' },
  { name: 'Sudan', region: 'africa', demonym: 'Sudanese', capital: 'Khartoum' },
  { name: 'Senegal', region: 'africa', demonym: 'Senegalese', capital: 'Dakar' },
  { name: 'Tanzania', region: 'africa', demonym: 'Tanzanian', capital: 'Dodoma' },
  { name: 'Uganda', region: 'africa', demonym: 'Ugandan', capital: 'Kampala' },
  // Asia
  { name: 'China', region: 'east-asia', demonym: 'Chinese', capital: 'Beijing', aliases: ["People's Republic of China", 'PRC'] },
  { name: 'Japan', region: 'east-asia', demonym: 'Japanese', capital: 'Tokyo' },
  { name: 'South Korea', region: 'east-asia', demonym: 'South Korean', capital: 'Seoul', aliases: ['Republic of Korea'] },
  { name: 'North Korea', region: 'east-asia', demonym: 'North Korean', capital: 'Pyongyang' },
  { name: 'Taiwan', region: 'east-asia', demonym: 'Taiwanese', capital: 'Taipei', territory: true },
  { name: 'Mongolia', region: 'east-asia', demonym: 'Mongolian', capital: 'Ulaanbaatar' },
  { name: 'India', region: 'south-asia', demonym: 'Indian', capital: 'New Delhi', aliases: ['Delhi'] },
  { name: 'Pakistan', region: 'south-asia', demonym: 'Pakistani', capital: 'Islamabad' },
  { name: 'Bangladesh', region: 'south-asia', demonym: 'Bangladeshi', capital: 'Dhaka' },
  { name: 'Sri Lanka', region: 'south-asia', demonym: 'Sri Lankan', capital: 'Colombo' },
  { name: 'Nepal', region: 'south-asia', demonym: 'Nepali', capital: 'Kathmandu' },
  { name: 'Afghanistan', region: 'south-asia', demonym: 'Afghan', capital: 'Kabul' },
  { name: 'Indonesia', region: 'south-east-asia', demonym: 'Indonesian', capital: 'Jakarta' },
  { name: 'Vietnam', region: 'south-east-asia', demonym: 'Vietnamese', capital: 'Hanoi', aliases: ['Viet Nam'] },
  { name: 'the Philippines', region: 'south-east-asia', demonym: 'Filipino', capital: 'Manila' },
  { name: 'Thailand', region: 'south-east-asia', demonym: 'Thai', capital: 'Bangkok' },
  { name: 'Malaysia', region: 'south-east-asia', demonym: 'Malaysian', capital: 'Kuala Lumpur' },
  { name: 'Singapore', region: 'south-east-asia', demonym: 'Singaporean' },
  { name: 'Myanmar', region: 'south-east-asia', demonym: 'Myanmar', capital: 'Naypyidaw', aliases: ['Burma'] },
  { name: 'Cambodia', region: 'south-east-asia', demonym: 'Cambodian', capital: 'Phnom Penh' },
  { name: 'Kazakhstan', region: 'central-asia', demonym: 'Kazakh', capital: 'Astana' },
  { name: 'Uzbekistan', region: 'central-asia', demonym: 'Uzbek', capital: 'Tashkent' },
  // Oceania
  { name: 'Australia', region: 'oceania', demonym: 'Australian', capital: 'Canberra' },
  { name: 'New Zealand', region: 'oceania', demonym: 'New Zealand', capital: 'Wellington' },
  { name: 'Fiji', region: 'oceania', demonym: 'Fijian', capital: 'Suva' },
];

/** Regions that sit next to each other, for widening the distractor pool. */
export const NEIGHBOUR_REGIONS: Record<string, string[]> = {
  'north-america': ['south-america', 'western-europe'],
  'south-america': ['north-america'],
  'western-europe': ['northern-europe', 'southern-europe', 'eastern-europe'],
  'northern-europe': ['western-europe'],
  'southern-europe': ['western-europe', 'eastern-europe'],
  'eastern-europe': ['western-europe', 'central-asia'],
  'middle-east': ['north-africa', 'south-asia'],
  'north-africa': ['middle-east', 'africa'],
  africa: ['north-africa'],
  'east-asia': ['south-east-asia', 'south-asia'],
  'south-asia': ['east-asia', 'central-asia', 'middle-east'],
  'south-east-asia': ['east-asia', 'oceania'],
  'central-asia': ['eastern-europe', 'south-asia'],
  oceania: ['south-east-asia'],
};

export function stripArticle(name: string): string {
  return name.replace(/^the\s+/i, '');
}
