// Who held which office when: wrong options for a person must have been in office at the
// briefing's date (a former president beside the sitting one is ruled out at a glance). Leaders
// and their chief ministers of the countries the news names most, and the heads of the bodies it
// names most. An open term (no end) is taken as still running.

import { readTable } from './table';
export type OfficeLevel = 'leader' | 'minister' | 'central bank' | 'international';

export interface Term {
  name: string;
  country: string;
  office: string;
  level: OfficeLevel;
  from: string;
  to?: string;
}

const LEVEL: Record<string, OfficeLevel> = {
  President: 'leader',
  'Vice President': 'minister',
  'Prime Minister': 'leader',
  Premier: 'leader',
  Chancellor: 'leader',
  'Foreign Minister': 'minister',
  'Secretary of State': 'minister',
  'Foreign Secretary': 'minister',
  'Finance Minister': 'minister',
  'Treasury Secretary': 'minister',
  'Chancellor of the Exchequer': 'minister',
  'Deputy Prime Minister': 'minister',
  'Central Bank Governor': 'central bank',
  'Secretary-General': 'international',
  'Director-General': 'international',
  'Managing Director': 'international',
};

/** Offices of one portfolio under other names: a foreign secretary stands beside foreign ministers, not finance ministers. */
const PORTFOLIO: Record<string, string> = {
  'Foreign Minister': 'foreign',
  'Secretary of State': 'foreign',
  'Foreign Secretary': 'foreign',
  'Finance Minister': 'finance',
  'Treasury Secretary': 'finance',
  'Chancellor of the Exchequer': 'finance',
  'Vice President': 'deputy',
  'Deputy Prime Minister': 'deputy',
};

/** Whether two terms are of comparable offices: leaders beside leaders, a portfolio beside the same portfolio. */
export function comparableOffices(a: Term, b: Term): boolean {
  return a.level === b.level && (a.level !== 'minister' || (PORTFOLIO[a.office] ?? a.office) === (PORTFOLIO[b.office] ?? b.office));
}

// One term a line: name | office | from | to (none while it runs); "# country" heads the lines of
// a country or body. A packed table ships smaller in the Worker than an array literal a term.
const TABLE = `
# the United States
George W. Bush|President|2001-01-20|2009-01-20
Barack Obama|President|2009-01-20|2017-01-20
Donald Trump|President|2017-01-20|2021-01-20
Joe Biden|President|2021-01-20|2025-01-20
Donald Trump|President|2025-01-20
Dick Cheney|Vice President|2001-01-20|2009-01-20
Joe Biden|Vice President|2009-01-20|2017-01-20
Mike Pence|Vice President|2017-01-20|2021-01-20
Kamala Harris|Vice President|2021-01-20|2025-01-20
JD Vance|Vice President|2025-01-20
Colin Powell|Secretary of State|2001-01-20|2005-01-26
Condoleezza Rice|Secretary of State|2005-01-26|2009-01-20
Hillary Clinton|Secretary of State|2009-01-21|2013-02-01
John Kerry|Secretary of State|2013-02-01|2017-01-20
Rex Tillerson|Secretary of State|2017-02-01|2018-03-31
Mike Pompeo|Secretary of State|2018-04-26|2021-01-20
Antony Blinken|Secretary of State|2021-01-26|2025-01-20
Marco Rubio|Secretary of State|2025-01-21
Timothy Geithner|Treasury Secretary|2009-01-26|2013-01-25
Jack Lew|Treasury Secretary|2013-02-28|2017-01-20
Steven Mnuchin|Treasury Secretary|2017-02-13|2021-01-20
Janet Yellen|Treasury Secretary|2021-01-26|2025-01-20
Scott Bessent|Treasury Secretary|2025-01-28
Ben Bernanke|Central Bank Governor|2006-02-01|2014-01-31
Janet Yellen|Central Bank Governor|2014-02-03|2018-02-03
Jerome Powell|Central Bank Governor|2018-02-05
# China
Hu Jintao|President|2003-03-15|2013-03-14
Xi Jinping|President|2013-03-14
Wen Jiabao|Premier|2003-03-16|2013-03-15
Li Keqiang|Premier|2013-03-15|2023-03-11
Li Qiang|Premier|2023-03-11
Han Zheng|Vice President|2023-03-10
Yang Jiechi|Foreign Minister|2007-04-27|2013-03-16
Wang Yi|Foreign Minister|2013-03-16|2022-12-30
Qin Gang|Foreign Minister|2022-12-30|2023-07-25
Wang Yi|Foreign Minister|2023-07-25
# Russia
Vladimir Putin|President|2000-05-07|2008-05-07
Dmitry Medvedev|President|2008-05-07|2012-05-07
Vladimir Putin|President|2012-05-07
Vladimir Putin|Prime Minister|2008-05-08|2012-05-07
Dmitry Medvedev|Prime Minister|2012-05-08|2020-01-16
Mikhail Mishustin|Prime Minister|2020-01-16
Sergei Lavrov|Foreign Minister|2004-03-09
Anton Siluanov|Finance Minister|2011-09-26
# the United Kingdom
Tony Blair|Prime Minister|1997-05-02|2007-06-27
Gordon Brown|Prime Minister|2007-06-27|2010-05-11
David Cameron|Prime Minister|2010-05-11|2016-07-13
Theresa May|Prime Minister|2016-07-13|2019-07-24
Boris Johnson|Prime Minister|2019-07-24|2022-09-06
Liz Truss|Prime Minister|2022-09-06|2022-10-25
Rishi Sunak|Prime Minister|2022-10-25|2024-07-05
Keir Starmer|Prime Minister|2024-07-05
David Miliband|Foreign Secretary|2007-06-28|2010-05-11
William Hague|Foreign Secretary|2010-05-12|2014-07-14
Philip Hammond|Foreign Secretary|2014-07-15|2016-07-13
Boris Johnson|Foreign Secretary|2016-07-13|2018-07-09
Jeremy Hunt|Foreign Secretary|2018-07-09|2019-07-24
Dominic Raab|Foreign Secretary|2019-07-24|2021-09-15
Liz Truss|Foreign Secretary|2021-09-15|2022-09-06
James Cleverly|Foreign Secretary|2022-09-06|2023-11-13
David Cameron|Foreign Secretary|2023-11-13|2024-07-05
David Lammy|Foreign Secretary|2024-07-05|2025-09-05
Yvette Cooper|Foreign Secretary|2025-09-05
Alistair Darling|Chancellor of the Exchequer|2007-06-28|2010-05-11
George Osborne|Chancellor of the Exchequer|2010-05-11|2016-07-13
Philip Hammond|Chancellor of the Exchequer|2016-07-13|2019-07-24
Rishi Sunak|Chancellor of the Exchequer|2020-02-13|2022-07-05
Jeremy Hunt|Chancellor of the Exchequer|2022-10-14|2024-07-05
Rachel Reeves|Chancellor of the Exchequer|2024-07-05
Mark Carney|Central Bank Governor|2013-07-01|2020-03-15
Andrew Bailey|Central Bank Governor|2020-03-16
# France
Nicolas Sarkozy|President|2007-05-16|2012-05-15
François Hollande|President|2012-05-15|2017-05-14
Emmanuel Macron|President|2017-05-14
Édouard Philippe|Prime Minister|2017-05-15|2020-07-03
Jean Castex|Prime Minister|2020-07-03|2022-05-16
Élisabeth Borne|Prime Minister|2022-05-16|2024-01-09
Gabriel Attal|Prime Minister|2024-01-09|2024-09-05
Michel Barnier|Prime Minister|2024-09-05|2024-12-13
François Bayrou|Prime Minister|2024-12-13|2025-09-09
Sébastien Lecornu|Prime Minister|2025-09-09
Laurent Fabius|Foreign Minister|2012-05-16|2016-02-11
Jean-Yves Le Drian|Foreign Minister|2017-05-17|2022-05-20
Jean-Noël Barrot|Foreign Minister|2024-09-21
# Germany
Angela Merkel|Chancellor|2005-11-22|2021-12-08
Olaf Scholz|Chancellor|2021-12-08|2025-05-06
Friedrich Merz|Chancellor|2025-05-06
Frank-Walter Steinmeier|President|2017-03-19
Frank-Walter Steinmeier|Foreign Minister|2013-12-17|2017-01-27
Annalena Baerbock|Foreign Minister|2021-12-08|2025-05-06
Johann Wadephul|Foreign Minister|2025-05-06
# India
Manmohan Singh|Prime Minister|2004-05-22|2014-05-26
Narendra Modi|Prime Minister|2014-05-26
Droupadi Murmu|President|2022-07-25
Sushma Swaraj|Foreign Minister|2014-05-26|2019-05-30
S. Jaishankar|Foreign Minister|2019-05-30
Arun Jaitley|Finance Minister|2014-05-26|2019-05-30
Nirmala Sitharaman|Finance Minister|2019-05-31
# Japan
Shinzo Abe|Prime Minister|2012-12-26|2020-09-16
Yoshihide Suga|Prime Minister|2020-09-16|2021-10-04
Fumio Kishida|Prime Minister|2021-10-04|2024-10-01
Shigeru Ishiba|Prime Minister|2024-10-01|2025-10-21
Sanae Takaichi|Prime Minister|2025-10-21
# Canada
Stephen Harper|Prime Minister|2006-02-06|2015-11-04
Justin Trudeau|Prime Minister|2015-11-04|2025-03-14
Mark Carney|Prime Minister|2025-03-14
# Iran
Mahmoud Ahmadinejad|President|2005-08-03|2013-08-03
Hassan Rouhani|President|2013-08-03|2021-08-03
Ebrahim Raisi|President|2021-08-03|2024-05-19
Masoud Pezeshkian|President|2024-07-28
Mohammad Javad Zarif|Foreign Minister|2013-08-15|2021-08-25
Abbas Araghchi|Foreign Minister|2024-08-21
# Ukraine
Petro Poroshenko|President|2014-06-07|2019-05-20
Volodymyr Zelensky|President|2019-05-20
# Israel
Benjamin Netanyahu|Prime Minister|2009-03-31|2021-06-13
Naftali Bennett|Prime Minister|2021-06-13|2022-06-30
Benjamin Netanyahu|Prime Minister|2022-12-29
# Turkey
Recep Tayyip Erdoğan|Prime Minister|2003-03-14|2014-08-28
Recep Tayyip Erdoğan|President|2014-08-28
# Brazil
Dilma Rousseff|President|2011-01-01|2016-08-31
Jair Bolsonaro|President|2019-01-01|2023-01-01
Luiz Inácio Lula da Silva|President|2023-01-01
# Australia
Malcolm Turnbull|Prime Minister|2015-09-15|2018-08-24
Scott Morrison|Prime Minister|2018-08-24|2022-05-23
Anthony Albanese|Prime Minister|2022-05-23
# South Korea
Moon Jae-in|President|2017-05-10|2022-05-10
Yoon Suk Yeol|President|2022-05-10|2025-04-04
Lee Jae-myung|President|2025-06-04
# Mexico
Andrés Manuel López Obrador|President|2018-12-01|2024-10-01
Claudia Sheinbaum|President|2024-10-01
# South Africa
Jacob Zuma|President|2009-05-09|2018-02-14
Cyril Ramaphosa|President|2018-02-15
# Italy
Giorgia Meloni|Prime Minister|2022-10-22
# Spain
Pedro Sánchez|Prime Minister|2018-06-02
# the United Nations
Ban Ki-moon|Secretary-General|2007-01-01|2016-12-31
António Guterres|Secretary-General|2017-01-01
# the World Health Organization
Margaret Chan|Director-General|2007-01-04|2017-06-30
Tedros Adhanom Ghebreyesus|Director-General|2017-07-01
# the International Monetary Fund
Christine Lagarde|Managing Director|2011-07-05|2019-09-12
Kristalina Georgieva|Managing Director|2019-10-01
# NATO
Jens Stoltenberg|Secretary-General|2014-10-01|2024-10-01
Mark Rutte|Secretary-General|2024-10-01
# the European Central Bank
Mario Draghi|Central Bank Governor|2011-11-01|2019-10-31
Christine Lagarde|Central Bank Governor|2019-11-01`;

export const OFFICE_TERMS: Term[] = readTable(TABLE).map(({ heading: country, fields: [name, office, from, to] }) => ({
  name,
  country,
  office,
  level: LEVEL[office],
  from,
  to,
}));

const inOffice = (t: Term, date: string) => t.from <= date && (!t.to || date < t.to);

/** The terms held on a date (YYYY-MM-DD). */
export function termsAt(date: string): Term[] {
  return OFFICE_TERMS.filter((t) => inOffice(t, date));
}

/** The office a person held on a date, if the table knows it. */
export function termOf(name: string, date: string): Term | undefined {
  return OFFICE_TERMS.find((t) => t.name === name && inOffice(t, date));
}
