// Built-in people for distractors: well-known public figures with country and usual title.
// They are only ever offered as wrong options, so the list favours recognisable names.

export interface PersonFact {
  name: string;
  surname: string;
  country: string;
  title: string;
  /** 'politics' | 'sport' | 'science' | 'business' */
  field: string;
}

const P = (name: string, surname: string, country: string, title: string, field = 'politics'): PersonFact => ({
  name,
  surname,
  country,
  title,
  field,
});

export const PEOPLE: PersonFact[] = [
  P('Xi Jinping', 'Xi', 'China', 'President'),
  P('Li Qiang', 'Li', 'China', 'Premier'),
  P('Wang Yi', 'Wang', 'China', 'Foreign Minister'),
  P('Hu Jintao', 'Hu', 'China', 'President'),
  P('Donald Trump', 'Trump', 'the United States', 'President'),
  P('Joe Biden', 'Biden', 'the United States', 'President'),
  P('Barack Obama', 'Obama', 'the United States', 'President'),
  P('George W. Bush', 'Bush', 'the United States', 'President'),
  P('Marco Rubio', 'Rubio', 'the United States', 'Secretary of State'),
  P('Antony Blinken', 'Blinken', 'the United States', 'Secretary of State'),
  P('John Kerry', 'Kerry', 'the United States', 'Secretary of State'),
  P('Hillary Clinton', 'Clinton', 'the United States', 'Secretary of State'),
  P('Vladimir Putin', 'Putin', 'Russia', 'President'),
  P('Sergei Lavrov', 'Lavrov', 'Russia', 'Foreign Minister'),
  P('Dmitry Medvedev', 'Medvedev', 'Russia', 'Prime Minister'),
  P('Volodymyr Zelensky', 'Zelensky', 'Ukraine', 'President'),
  P('Keir Starmer', 'Starmer', 'the United Kingdom', 'Prime Minister'),
  P('Rishi Sunak', 'Sunak', 'the United Kingdom', 'Prime Minister'),
  P('Boris Johnson', 'Johnson', 'the United Kingdom', 'Prime Minister'),
  P('Theresa May', 'May', 'the United Kingdom', 'Prime Minister'),
  P('David Cameron', 'Cameron', 'the United Kingdom', 'Prime Minister'),
  P('Emmanuel Macron', 'Macron', 'France', 'President'),
  P('François Hollande', 'Hollande', 'France', 'President'),
  P('Friedrich Merz', 'Merz', 'Germany', 'Chancellor'),
  P('Olaf Scholz', 'Scholz', 'Germany', 'Chancellor'),
  P('Angela Merkel', 'Merkel', 'Germany', 'Chancellor'),
  P('Giorgia Meloni', 'Meloni', 'Italy', 'Prime Minister'),
  P('Pedro Sánchez', 'Sánchez', 'Spain', 'Prime Minister'),
  P('Mark Rutte', 'Rutte', 'the Netherlands', 'Prime Minister'),
  P('Donald Tusk', 'Tusk', 'Poland', 'Prime Minister'),
  P('Viktor Orbán', 'Orbán', 'Hungary', 'Prime Minister'),
  P('Recep Tayyip Erdoğan', 'Erdoğan', 'Turkey', 'President'),
  P('Benjamin Netanyahu', 'Netanyahu', 'Israel', 'Prime Minister'),
  P('Mahmoud Abbas', 'Abbas', 'Palestine', 'President'),
  P('Bashar al-Assad', 'Assad', 'Syria', 'President'),
  P('Hassan Rouhani', 'Rouhani', 'Iran', 'President'),
  P('Abdel Fattah al-Sisi', 'Sisi', 'Egypt', 'President'),
  P('Narendra Modi', 'Modi', 'India', 'Prime Minister'),
  P('Shehbaz Sharif', 'Sharif', 'Pakistan', 'Prime Minister'),
  P('Shinzo Abe', 'Abe', 'Japan', 'Prime Minister'),
  P('Fumio Kishida', 'Kishida', 'Japan', 'Prime Minister'),
  P('Moon Jae-in', 'Moon', 'South Korea', 'President'),
  P('Lee Jae-myung', 'Lee', 'South Korea', 'President'),
  P('Lai Ching-te', 'Lai', 'Taiwan', 'President'),
  P('Tsai Ing-wen', 'Tsai', 'Taiwan', 'President'),
  P('Anthony Albanese', 'Albanese', 'Australia', 'Prime Minister'),
  P('Justin Trudeau', 'Trudeau', 'Canada', 'Prime Minister'),
  P('Mark Carney', 'Carney', 'Canada', 'Prime Minister'),
  P('Luiz Inácio Lula da Silva', 'Lula', 'Brazil', 'President'),
  P('Javier Milei', 'Milei', 'Argentina', 'President'),
  P('Claudia Sheinbaum', 'Sheinbaum', 'Mexico', 'President'),
  P('Cyril Ramaphosa', 'Ramaphosa', 'South Africa', 'President'),
  P('Bola Tinubu', 'Tinubu', 'Nigeria', 'President'),
  P('William Ruto', 'Ruto', 'Kenya', 'President'),
  P('Ban Ki-moon', 'Ban', 'the United Nations', 'Secretary-General'),
  P('António Guterres', 'Guterres', 'the United Nations', 'Secretary-General'),
  P('Kofi Annan', 'Annan', 'the United Nations', 'Secretary-General'),
  P('Ursula von der Leyen', 'von der Leyen', 'the European Union', 'President'),
  P('Christine Lagarde', 'Lagarde', 'the European Union', 'President'),
  P('Jerome Powell', 'Powell', 'the United States', 'Chair'),
  P('Andrew Bailey', 'Bailey', 'the United Kingdom', 'Governor'),
  P('Kazuo Ueda', 'Ueda', 'Japan', 'Governor'),
  P('Tiff Macklem', 'Macklem', 'Canada', 'Governor'),
  P('Janet Yellen', 'Yellen', 'the United States', 'Secretary'),
  P('Kristalina Georgieva', 'Georgieva', 'the International Monetary Fund', 'Managing Director'),
  P('Jens Stoltenberg', 'Stoltenberg', 'NATO', 'Secretary General'),
  P('Tedros Adhanom Ghebreyesus', 'Tedros', 'the World Health Organization', 'Director-General'),
  P('Lionel Messi', 'Messi', 'Argentina', 'captain', 'sport'),
  P('Cristiano Ronaldo', 'Ronaldo', 'Portugal', 'captain', 'sport'),
  P('Kylian Mbappé', 'Mbappé', 'France', 'forward', 'sport'),
  P('Harry Kane', 'Kane', 'the United Kingdom', 'captain', 'sport'),
  P('Serena Williams', 'Williams', 'the United States', 'player', 'sport'),
  P('Novak Djokovic', 'Djokovic', 'Serbia', 'player', 'sport'),
  P('Usain Bolt', 'Bolt', 'Jamaica', 'sprinter', 'sport'),
  P('Simone Biles', 'Biles', 'the United States', 'gymnast', 'sport'),
  P('Eliud Kipchoge', 'Kipchoge', 'Kenya', 'runner', 'sport'),
  P('Jennifer Doudna', 'Doudna', 'the United States', 'Professor', 'science'),
  P('Demis Hassabis', 'Hassabis', 'the United Kingdom', 'Sir', 'science'),
  P('Katalin Karikó', 'Karikó', 'Hungary', 'Professor', 'science'),
  P('Peter Higgs', 'Higgs', 'the United Kingdom', 'Professor', 'science'),
];

// biome-ignore format: a table reads best packed, several entries a line
const OFFICE_GROUPS: Record<string, string> = {
  President: 'leader', 'Prime Minister': 'leader', Premier: 'leader', Chancellor: 'leader', King: 'leader', Queen: 'leader',
  'Foreign Minister': 'foreign', 'Secretary of State': 'foreign', 'Foreign Secretary': 'foreign',
  Chair: 'finance', Governor: 'finance', Secretary: 'finance', 'Finance Minister': 'finance', 'Treasury Secretary': 'finance',
  'Secretary-General': 'intl', 'Secretary General': 'intl', 'Director-General': 'intl', 'Managing Director': 'intl',
};

/** Offices comparable across countries (a prime minister for a president), or the title itself. */
export function officeGroup(title: string): string {
  return OFFICE_GROUPS[title] ?? title;
}
