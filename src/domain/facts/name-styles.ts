// Given names and surnames by naming tradition, for inventing plausible people as wrong options
// when a briefing and the library hold too few: a local official is offered beside names of the
// same kind, never beside heads of state. Combinations are made up; no entry names anyone.

export interface NameStyle {
  id: string;
  male: string[];
  female: string[];
  surnames: string[];
  /** the family name comes first ("Zhou Lin"), so the surname form is the first word */
  surnameFirst?: boolean;
}

/** Russian surnames in -ov, -ev and -in take -a for women ("Petrov", "Petrova"). */
export function surnameFor(style: NameStyle, surname: string, gender: 'm' | 'f'): string {
  return style.id === 'russian' && gender === 'f' && /(ov|ev|in)$/.test(surname) ? `${surname}a` : surname;
}

const w = (s: string) => s.split(/\s+/).filter(Boolean);

export const NAME_STYLES: NameStyle[] = [
  {
    id: 'english',
    male: w('James Thomas Daniel Michael Robert Andrew Richard Simon Mark Paul Edward Neil Martin Glen Joel Matt Chris Jack Peter John David Stephen Tom Ben Sam Luke Adam Ryan Kevin Gary Colin Ian'),
    female: w('Sarah Emma Laura Helen Rachel Claire Kate Julia Susan Alice Ruth Fiona Anna Jane Mary Emily Sophie Lucy Hannah Grace Amy Jessica Karen Lisa'),
    surnames: w('Whitfield Harlow Pemberton Ashworth Caldwell Thornton Mercer Holloway Bramley Langford Keating Winslow Aldridge Fenwick'),
  },
  {
    id: 'nordic',
    male: w('Lars Erik Anders Magnus Henrik Johan Nils Oskar'),
    female: w('Ingrid Astrid Karin Sigrid Maja Elin Freja Linnea'),
    surnames: w('Holmberg Sandvik Lindahl Ekström Bergstrand Nyqvist Haugen Solberg Dahlgren Vestby'),
  },
  {
    id: 'german',
    male: w('Jonas Lukas Matthias Stefan Tobias Florian Jürgen Markus'),
    female: w('Katrin Sabine Anja Miriam Leonie Birgit Claudia Franziska'),
    surnames: w('Hoffmann Krüger Vogel Lehmann Seidel Brenner Winkler Hartmann Kessler Ostermann'),
  },
  {
    id: 'dutch',
    male: w('Bram Joost Maarten Ruben Sander Thijs'),
    female: w('Anouk Femke Lotte Marloes Sanne Ilse'),
    surnames: w('Vermeulen Bakker Visser Smits Mulder Bosman Dekker Verhoeven'),
  },
  {
    id: 'french',
    male: w('Julien Mathieu Antoine Olivier Guillaume Laurent Benoît Thibault'),
    female: w('Camille Élodie Margaux Hélène Céline Aurélie Juliette Mathilde'),
    surnames: w('Lefèvre Moreau Girard Fontaine Chevalier Marchand Renaud Lacroix Garnier Perrin'),
  },
  {
    id: 'italian',
    male: w('Marco Luca Matteo Giorgio Paolo Stefano Davide Andrea'),
    female: w('Giulia Chiara Francesca Silvia Federica Valentina Elisa Martina Sofia'),
    surnames: w('Ricci Marchetti Bellini Conti Ferraro Galli Moretti Rinaldi Colombo Barbieri'),
  },
  {
    id: 'hispanic',
    male: w('Javier Diego Andrés Mateo Rafael Tomás Ignacio Sergio Roberto Carlos Luis Jorge Miguel'),
    female: w('Lucía Carmen Isabel Valeria Paula Elena Marta Inés Ana Gabriela'),
    surnames: w('Herrera Castillo Ortega Navarro Medina Vargas Salazar Fuentes Delgado Cabrera'),
  },
  {
    id: 'portuguese',
    male: w('João Tiago Rui Nuno Duarte Gonçalo'),
    female: w('Beatriz Inês Mariana Leonor Catarina Joana'),
    surnames: w('Carvalho Teixeira Moreira Correia Pinto Sousa Lopes Mendes'),
  },
  {
    id: 'russian',
    male: w('Sergei Alexei Dmitri Mikhail Nikolai Ivan Vladimir Oleg'),
    female: w('Olga Irina Natalia Elena Tatiana Svetlana Anna Maria'),
    // Masculine forms; feminine() adds the -a these surnames take for women.
    surnames: w('Ivanov Petrov Smirnov Volkov Sokolov Morozov Kuznetsov Popov Lebedev Orlov'),
  },
  {
    id: 'east-slavic',
    male: w('Pavel Andrei Mikhail Dmitri Alexei Yuri Oleksandr Taras'),
    female: w('Irina Olga Natalia Yulia Tatiana Svetlana Oksana Daria'),
    // Surnames in -enko and -uk do not change with gender.
    surnames: w('Kovalenko Tkachenko Bondarenko Marchenko Savchenko Lysenko Kravchuk Melnyk Polishchuk Hrytsenko'),
  },
  {
    id: 'arabic',
    male: w('Omar Karim Tariq Youssef Khaled Samir Hisham Nabil Haider Ahmed Hassan Ibrahim Mustafa'),
    female: w('Leila Nadia Rania Salma Huda Yasmin Dalia Mona Zainab Fatima Maryam'),
    surnames: w('Haddad Mansour Khalil Nasser Saleh Farouk Hamdan Aziz Qasim Barakat'),
  },
  {
    id: 'romanian',
    male: w('Andrei Mihai Bogdan Radu Florin Cristian Adrian Sorin'),
    female: w('Ioana Elena Andreea Mihaela Raluca Simona Oana'),
    surnames: w('Popescu Ionescu Dumitrescu Marinescu Constantinescu Georgescu Stanciu Dobre Munteanu Barbu'),
  },
  {
    id: 'west-slavic',
    male: w('Tomáš Pavel Jakub Marek Piotr Michal Lukáš Krzysztof'),
    female: w('Kateřina Petra Zuzana Agnieszka Magdalena Lucie Joanna'),
    surnames: w('Novák Svoboda Dvořák Černý Procházka Nowak Kowalczyk Wiśniewski Zieliński Horák'),
  },
  {
    id: 'turkish',
    male: w('Emre Burak Murat Kemal Serkan Ozan'),
    female: w('Elif Zeynep Ayşe Selin Derya Ebru'),
    surnames: w('Yıldız Aydın Kaya Şahin Çelik Demir Arslan Koç'),
  },
  {
    id: 'persian',
    male: w('Reza Farid Kian Dariush Arash Babak'),
    female: w('Shirin Parisa Mina Laleh Nasrin Azadeh'),
    surnames: w('Tehrani Karimi Hosseini Rahimi Sadeghi Jafari Moradi Ahmadi'),
  },
  {
    id: 'hebrew',
    male: w('Avi Eitan Yosef Noam Ari Gideon'),
    female: w('Tamar Noa Yael Shira Michal Dana'),
    surnames: w('Levy Mizrahi Peretz Biton Friedman Azoulay Shapira Katz'),
  },
  {
    id: 'west-african',
    male: w('Kwame Chinedu Tunde Kofi Emeka Yaw Kojo Babajide'),
    female: w('Amara Ngozi Abena Adaeze Funmilayo Akosua Chiamaka Efua'),
    surnames: w('Mensah Okonkwo Adeyemi Boateng Asante Eze Owusu Okafor Danso Nwosu'),
  },
  {
    id: 'east-african',
    male: w('Jomo Baraka Juma Otieno Mwangi Daudi'),
    female: w('Wanjiru Achieng Amani Zawadi Njeri Halima'),
    surnames: w('Kamau Odhiambo Wekesa Mutua Njoroge Kiprono Chege Omondi'),
  },
  {
    id: 'southern-african',
    male: w('Sipho Thabo Themba Lwazi Bongani Kagiso'),
    female: w('Thandiwe Lerato Nomvula Zanele Palesa Naledi'),
    surnames: w('Nkosi Dlamini Mokoena Khumalo Ndlovu Mahlangu Molefe Zulu'),
  },
  {
    id: 'chinese',
    male: w('Wei Jun Hao Lei Qiang Bo'),
    female: w('Ning Lin Mei Yan Jing Hui'),
    surnames: w('Zhou Chen Liu Zhao Sun Huang Xu Guo Luo Gao Hua Qin Mao Geng Yang Hu Zhu Ma Zheng Tang Feng Dong Cao Peng Zeng Xiao Tian Pan Yuan Cai Jiang Du Ye Cheng Su Ding Fu Shen Lu Wu Zhang'),
    surnameFirst: true,
  },
  {
    id: 'japanese',
    male: w('Kenji Hiroshi Takeshi Daisuke Yuto Haruki Kenta Shota'),
    female: w('Yuko Keiko Naomi Aiko Emi Sakura Mai Haruka'),
    surnames: w('Sato Nakamura Kobayashi Yamada Fujita Ishikawa Morita Hayashi Inoue Matsuda'),
  },
  {
    id: 'korean',
    male: w('Min-jun Ji-ho Dong-hyun Sung-min Jae-won Hyun-woo'),
    female: w('Seo-yeon Ji-woo Min-seo Hye-jin Eun-ji Soo-ah'),
    surnames: w('Park Choi Jung Kang Yoon Han Shin Oh'),
    surnameFirst: true,
  },
  {
    id: 'south-asian',
    male: w('Arjun Rahul Vikram Sanjay Rohan Anil Karan Nikhil Shahriar Masud Tanvir Imran Faisal Kamal Asif'),
    female: w('Priya Anjali Meera Kavita Sunita Neha Pooja Divya Nusrat Farhana Sadia Ayesha'),
    surnames: w('Sharma Iyer Mehta Rao Kapoor Nair Desai Menon Bhatt Joshi Rahman Hossain Chowdhury Haque Siddiqui Qureshi Malik'),
  },
  {
    id: 'south-east-asian',
    male: w('Arif Hendra Budi Rizal Farhan Danial'),
    female: w('Siti Dewi Putri Nurul Ayu Rina'),
    surnames: w('Santoso Hidayat Wijaya Rahman Halim Ismail Kusuma Hassan'),
  },
];

/** The naming tradition a briefing about a country most likely uses. */
export const STYLE_BY_COUNTRY: Record<string, string> = {
  'the United States': 'english', Canada: 'english', 'the United Kingdom': 'english', Ireland: 'english',
  England: 'english', Scotland: 'english', Wales: 'english', 'Northern Ireland': 'english', Australia: 'english',
  'New Zealand': 'english', Sweden: 'nordic', Norway: 'nordic', Denmark: 'nordic', Finland: 'nordic', Iceland: 'nordic',
  Germany: 'german', Austria: 'german', Switzerland: 'german', 'the Netherlands': 'dutch', Belgium: 'dutch',
  France: 'french', Italy: 'italian', Spain: 'hispanic', Mexico: 'hispanic', Cuba: 'hispanic', Argentina: 'hispanic',
  Chile: 'hispanic', Colombia: 'hispanic', Peru: 'hispanic', Venezuela: 'hispanic', Ecuador: 'hispanic',
  Bolivia: 'hispanic', Uruguay: 'hispanic', Portugal: 'portuguese', Brazil: 'portuguese',
  Ukraine: 'east-slavic', Belarus: 'russian', Russia: 'russian', Kazakhstan: 'russian', Romania: 'romanian', Moldova: 'romanian', Poland: 'west-slavic',
  Czechia: 'west-slavic', Slovakia: 'west-slavic', Turkey: 'turkish', Iran: 'persian', Afghanistan: 'persian',
  Israel: 'hebrew', Nigeria: 'west-african', Ghana: 'west-african', Senegal: 'west-african', Kenya: 'east-african',
  Tanzania: 'east-african', Uganda: 'east-african', Ethiopia: 'east-african', 'South Africa': 'southern-african',
  China: 'chinese', Taiwan: 'chinese', Singapore: 'chinese', Japan: 'japanese', 'South Korea': 'korean',
  'North Korea': 'korean', India: 'south-asian', Pakistan: 'south-asian', Bangladesh: 'south-asian',
  'Sri Lanka': 'south-asian', Nepal: 'south-asian', Indonesia: 'south-east-asian', Malaysia: 'south-east-asian',
};

/** Surname endings typical of a tradition, for names no list holds ("Isărescu", "Rusnok" stays unknown). */
export const STYLE_BY_SURNAME_ENDING: [RegExp, string][] = [
  [/(escu|eanu)$/, 'romanian'],
  [/(ski|ska|cki|cka|wicz|czyk|ová|ský|ček)$/, 'west-slavic'],
  [/(enko|chuk|iuk|yuk)$/, 'east-slavic'],
  [/(ov|ova|ev|eva|in|ina|sky)$/, 'russian'],
  [/(sson|sen)$/, 'nordic'],
  [/ez$/, 'hispanic'],
  [/(ini|elli|etti|otti|ucci|acci)$/, 'italian'],
  [/(oğlu|oglu)$/, 'turkish'],
];

/** Letters only some traditions write ("Jiří", "Łukasz", "Ștefan", "Erdoğan"). */
export const STYLE_BY_LETTER: [RegExp, string][] = [
  [/[řěůłśźżńąę]/i, 'west-slavic'],
  [/[șşțţăîâ]/i, 'romanian'],
  [/[ğı]/i, 'turkish'],
];

/** For countries not listed above, the tradition of their region. */
export const STYLE_BY_REGION: Record<string, string> = {
  'north-america': 'english', 'south-america': 'hispanic', 'western-europe': 'english', 'northern-europe': 'nordic',
  'southern-europe': 'italian', 'eastern-europe': 'east-slavic', 'middle-east': 'arabic', 'north-africa': 'arabic',
  africa: 'west-african', 'east-asia': 'chinese', 'south-asia': 'south-asian', 'south-east-asia': 'south-east-asian',
  'central-asia': 'russian', oceania: 'english',
};
