// Built-in country facts: names, aliases, demonyms, capitals and regions, for typing entities
// and for picking distractors of the same kind and neighbourhood.

import { readTable } from './table';
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

// One country a line: name | demonym | capital | aliases (;) | "territory", or "in" the state it
// is part of; "# region" heads the lines of a region. A packed table ships smaller in the Worker
// than an object literal a country.
const TABLE = `
# north-america
the United States|American|Washington|US;U.S.;USA;U.S.A.;America;United States of America
Canada|Canadian|Ottawa
Mexico|Mexican|Mexico City
Cuba|Cuban|Havana
# central-america
Jamaica|Jamaican
Haiti|Haitian|Port-au-Prince
the Dominican Republic|Dominican|Santo Domingo
Trinidad and Tobago|Trinidadian|Port of Spain|Trinidad
the Bahamas|Bahamian|Nassau
Barbados|Barbadian|Bridgetown
Guatemala|Guatemalan|Guatemala City
Honduras|Honduran|Tegucigalpa
El Salvador|Salvadoran|San Salvador
Nicaragua|Nicaraguan|Managua
Costa Rica|Costa Rican|San José
Panama|Panamanian|Panama City
# south-america
Brazil|Brazilian|Brasília|Brasil
Argentina|Argentine|Buenos Aires
Chile|Chilean|Santiago
Colombia|Colombian|Bogotá
Peru|Peruvian|Lima
Venezuela|Venezuelan|Caracas
Ecuador|Ecuadorian|Quito
Bolivia|Bolivian|La Paz
Uruguay|Uruguayan|Montevideo
Paraguay|Paraguayan|Asunción
Guyana|Guyanese|Georgetown
Suriname|Surinamese|Paramaribo
# western-europe
the United Kingdom|British|London|UK;U.K.;Britain;Great Britain
England|English|||in the United Kingdom
Scotland|Scottish|Edinburgh||in the United Kingdom
Wales|Welsh|Cardiff||in the United Kingdom
Northern Ireland|Northern Irish|Belfast||in the United Kingdom
France|French|Paris
Germany|German|Berlin
Italy|Italian|Rome
Spain|Spanish|Madrid
Portugal|Portuguese|Lisbon
the Netherlands|Dutch|Amsterdam|Holland
Belgium|Belgian|Brussels
Ireland|Irish|Dublin
Switzerland|Swiss|Bern
Austria|Austrian|Vienna
Luxembourg|Luxembourgish
Monaco|Monegasque
# northern-europe
Sweden|Swedish|Stockholm
Norway|Norwegian|Oslo
Denmark|Danish|Copenhagen
Finland|Finnish|Helsinki
Iceland|Icelandic|Reykjavik
Estonia|Estonian|Tallinn
Latvia|Latvian|Riga
Lithuania|Lithuanian|Vilnius
# southern-europe
Greece|Greek|Athens
Croatia|Croatian|Zagreb
Slovenia|Slovenian|Ljubljana
Bosnia and Herzegovina|Bosnian|Sarajevo|Bosnia
North Macedonia|Macedonian|Skopje|Macedonia
Albania|Albanian|Tirana
Montenegro|Montenegrin|Podgorica
Kosovo|Kosovar|Pristina||territory
Cyprus|Cypriot|Nicosia
Malta|Maltese|Valletta
# eastern-europe
Russia|Russian|Moscow|Russian Federation
Ukraine|Ukrainian|Kyiv|Kiev
Poland|Polish|Warsaw
Belarus|Belarusian|Minsk
Hungary|Hungarian|Budapest
Romania|Romanian|Bucharest
Czechia|Czech|Prague|Czech Republic
Serbia|Serbian|Belgrade
Bulgaria|Bulgarian|Sofia
Moldova|Moldovan|Chișinău
Georgia|Georgian|Tbilisi
Armenia|Armenian|Yerevan
Azerbaijan|Azerbaijani|Baku
Slovakia|Slovak|Bratislava
# middle-east
Syria|Syrian|Damascus|Syrian Arab Republic
Israel|Israeli|Jerusalem
Iran|Iranian|Tehran
Iraq|Iraqi|Baghdad
Saudi Arabia|Saudi|Riyadh
Turkey|Turkish|Ankara|Türkiye
Jordan|Jordanian|Amman
Lebanon|Lebanese|Beirut
Egypt|Egyptian|Cairo
Qatar|Qatari|Doha
the United Arab Emirates|Emirati|Abu Dhabi|UAE
Yemen|Yemeni|Sanaa
Oman|Omani|Muscat
Kuwait|Kuwaiti|Kuwait City
Bahrain|Bahraini|Manama
Gaza|Gazan||Gaza Strip|territory
# north-africa
Libya|Libyan|Tripoli
Tunisia|Tunisian|Tunis
Algeria|Algerian|Algiers
Morocco|Moroccan|Rabat
# africa
Nigeria|Nigerian|Abuja
South Africa|South African|Pretoria
Kenya|Kenyan|Nairobi
Ethiopia|Ethiopian|Addis Ababa
Ghana|Ghanaian|Accra
Sudan|Sudanese|Khartoum
Senegal|Senegalese|Dakar
Tanzania|Tanzanian|Dodoma
Uganda|Ugandan|Kampala
Rwanda|Rwandan|Kigali
Burundi|Burundian|Gitega
Somalia|Somali|Mogadishu
South Sudan|South Sudanese|Juba
Eritrea|Eritrean|Asmara
Djibouti|Djiboutian
Mozambique|Mozambican|Maputo
Zambia|Zambian|Lusaka
Zimbabwe|Zimbabwean|Harare
Malawi|Malawian|Lilongwe
Botswana|Botswanan|Gaborone
Namibia|Namibian|Windhoek
Angola|Angolan|Luanda
Lesotho|Basotho|Maseru
Eswatini|Swazi|Mbabane|Swaziland
Madagascar|Malagasy|Antananarivo
Mauritius|Mauritian|Port Louis
the Democratic Republic of the Congo|Congolese|Kinshasa|DRC;DR Congo;Democratic Republic of Congo
Cameroon|Cameroonian|Yaoundé
Gabon|Gabonese|Libreville
Côte d'Ivoire|Ivorian|Yamoussoukro|Ivory Coast;Côte d’Ivoire;Cote d'Ivoire
Mali|Malian|Bamako
Burkina Faso|Burkinabe|Ouagadougou
Guinea|Guinean|Conakry
Sierra Leone|Sierra Leonean|Freetown
Liberia|Liberian|Monrovia
the Gambia|Gambian|Banjul|Gambia
Mauritania|Mauritanian|Nouakchott
Benin|Beninese|Porto-Novo
Togo|Togolese|Lomé
# east-asia
China|Chinese|Beijing|People's Republic of China;PRC
Japan|Japanese|Tokyo
South Korea|South Korean|Seoul|Republic of Korea
North Korea|North Korean|Pyongyang
Taiwan|Taiwanese|Taipei||territory
Mongolia|Mongolian|Ulaanbaatar
# south-asia
India|Indian|New Delhi|Delhi
Pakistan|Pakistani|Islamabad
Bangladesh|Bangladeshi|Dhaka
Sri Lanka|Sri Lankan|Colombo
Nepal|Nepali|Kathmandu
Afghanistan|Afghan|Kabul
Bhutan|Bhutanese|Thimphu
the Maldives|Maldivian|Malé
# south-east-asia
Indonesia|Indonesian|Jakarta
Vietnam|Vietnamese|Hanoi|Viet Nam
the Philippines|Filipino|Manila
Thailand|Thai|Bangkok
Malaysia|Malaysian|Kuala Lumpur
Singapore|Singaporean
Myanmar|Myanmar|Naypyidaw|Burma
Cambodia|Cambodian|Phnom Penh
Laos|Laotian|Vientiane|Lao PDR
Brunei|Bruneian|Bandar Seri Begawan
# central-asia
Kazakhstan|Kazakh|Astana
Uzbekistan|Uzbek|Tashkent
Kyrgyzstan|Kyrgyz|Bishkek
Tajikistan|Tajik|Dushanbe
Turkmenistan|Turkmen|Ashgabat
# oceania
Australia|Australian|Canberra
New Zealand|New Zealand|Wellington
Fiji|Fijian|Suva
Papua New Guinea|Papua New Guinean|Port Moresby|PNG
Samoa|Samoan|Apia
Tonga|Tongan|Nuku'alofa
Vanuatu|Ni-Vanuatu|Port Vila`;

export const COUNTRIES: CountryFact[] = readTable(TABLE).map(({ heading: region, fields: [name, demonym, capital, aliases, note] }) => {
  const c: CountryFact = { name, region, demonym };
  if (capital) c.capital = capital;
  if (aliases) c.aliases = aliases.split(';');
  if (note === 'territory') c.territory = true;
  else if (note) c.partOf = note.slice('in '.length);
  return c;
});

/** Regions that sit next to each other, for widening the distractor pool. */
export const NEIGHBOUR_REGIONS: Record<string, string[]> = {
  'north-america': ['south-america', 'central-america', 'western-europe'],
  'central-america': ['north-america', 'south-america'],
  'south-america': ['north-america', 'central-america'],
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
