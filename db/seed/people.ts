import { daysFrom, type Random } from './random';

/*
 * Everyone in the demo signs in with the same documented password: it is hashed once (argon2 is
 * deliberately slow) and the hash is reused for every seeded account.
 */
export const DEMO_PASSWORD = 'codefest-demo-2026';

export const DEMO_EMAILS = {
  admin: 'admin@codefest.example',
  organizer: 'organizer@codefest.example',
  participant: 'participant@codefest.example',
  judge: (n: number) => `judge${n}@codefest.example`,
} as const;

export type PersonSeed = {
  email: string;
  name: string;
  preferredLocale: 'zh-TW' | 'en';
  isSiteAdmin?: boolean;
  affiliation: string;
  skills: string[];
  /** Set for the high-school students, who register with a guardian's consent. */
  dateOfBirth?: string;
  guardian?: { name: string; contact: string };
};

export const STAFF: PersonSeed[] = [
  { email: DEMO_EMAILS.admin, name: '系統管理員 Site Admin', preferredLocale: 'zh-TW', isSiteAdmin: true, affiliation: '臺北市政府資訊局', skills: [] },
  { email: DEMO_EMAILS.organizer, name: '陳怡君', preferredLocale: 'zh-TW', affiliation: '臺北市政府資訊局 智慧城市科', skills: [] },
];

/** Judges: city staff, academics and industry, as CodeFest's panels are. Their affiliations drive conflicts. */
export const JUDGES: PersonSeed[] = [
  ['林志明', 'zh-TW', '國立臺灣大學 資訊工程學系'],
  ['Emily Huang', 'en', 'g0v 零時政府社群'],
  ['張家豪', 'zh-TW', '臺北市政府資訊局'],
  ['王淑芬', 'zh-TW', '國立政治大學 資訊科學系'],
  ['李俊宏', 'zh-TW', '趨勢科技 Trend Micro'],
  ['吳佩珊', 'zh-TW', '臺北市政府交通局'],
].map(([name, locale, affiliation], i) => ({
  email: DEMO_EMAILS.judge(i + 1),
  name: name!,
  preferredLocale: locale as 'zh-TW' | 'en',
  affiliation: affiliation!,
  skills: [],
}));

export const DEMO_PARTICIPANT: PersonSeed = {
  email: DEMO_EMAILS.participant,
  name: '黃柏翰',
  preferredLocale: 'zh-TW',
  affiliation: '國立臺灣科技大學 資訊管理系',
  skills: ['Next.js', 'TypeScript', 'PostgreSQL', '產品設計'],
};

const SURNAMES: [string, string][] = [
  ['陳', 'chen'], ['林', 'lin'], ['黃', 'huang'], ['張', 'chang'], ['李', 'lee'], ['王', 'wang'], ['吳', 'wu'],
  ['劉', 'liu'], ['蔡', 'tsai'], ['楊', 'yang'], ['許', 'hsu'], ['鄭', 'cheng'], ['謝', 'hsieh'], ['郭', 'kuo'],
  ['洪', 'hung'], ['邱', 'chiu'], ['曾', 'tseng'], ['廖', 'liao'], ['賴', 'lai'], ['周', 'chou'], ['葉', 'yeh'],
  ['蘇', 'su'], ['莊', 'chuang'], ['呂', 'lu'], ['江', 'chiang'], ['何', 'ho'], ['蕭', 'hsiao'], ['羅', 'lo'],
];
const GIVEN_NAMES: [string, string][] = [
  ['冠宇', 'kuanyu'], ['宜蓁', 'yichen'], ['承恩', 'chengen'], ['品妍', 'pinyen'], ['柏宇', 'poyu'], ['詠晴', 'yungching'],
  ['宥廷', 'youting'], ['子晴', 'tzuching'], ['彥廷', 'yenting'], ['思妤', 'szuyu'], ['家瑋', 'chiawei'], ['欣妤', 'hsinyu'],
  ['冠廷', 'kuanting'], ['雅筑', 'yachu'], ['宗翰', 'tsunghan'], ['佳穎', 'chiaying'], ['俊傑', 'chunchieh'], ['怡萱', 'yihsuan'],
  ['建宏', 'chienhung'], ['郁婷', 'yuting'], ['志豪', 'chihhao'], ['筱涵', 'hsiaohan'], ['明哲', 'mingche'], ['婉婷', 'wanting'],
  ['書豪', 'shuhao'], ['芷瑄', 'chihhsuan'], ['信宏', 'hsinhung'], ['若瑜', 'juoyu'], ['昱辰', 'yuchen'], ['靜宜', 'chingyi'],
  ['哲維', 'chewei'], ['語彤', 'yutung'],
];
const ENGLISH_GIVEN = ['Kevin', 'Grace', 'Jason', 'Amy', 'Daniel', 'Vivian', 'Eric', 'Joyce', 'Allen', 'Tiffany', 'Ryan', 'Cindy'];

const UNIVERSITIES = [
  '國立臺灣大學 資訊工程學系', '國立臺灣大學 地理環境資源學系', '國立政治大學 資訊科學系', '國立臺灣科技大學 資訊工程系',
  '國立臺北科技大學 資訊與財金管理系', '國立清華大學 資訊工程學系', '國立陽明交通大學 資訊工程學系', '國立臺灣師範大學 資訊工程學系',
  '臺北市立大學 資訊科學系', '輔仁大學 資訊工程學系', '淡江大學 資訊管理學系', '東吳大學 資料科學系', '國立臺北藝術大學 新媒體藝術學系',
];
const COMPANIES = [
  '台灣積體電路製造', '趨勢科技', 'LINE Taiwan', 'Dcard', 'KKday', 'Gogoro', '91APP', '資策會 數位轉型研究院',
  '玉山銀行 數位金融處', '中華電信 研究院', '自由工作者 Freelancer',
];
const HIGH_SCHOOLS = ['臺北市立建國高級中學', '臺北市立第一女子高級中學', '臺北市立師大附中'];
const SKILLS = [
  'React', 'Next.js', 'Vue', 'Flutter', 'Swift', 'Kotlin', 'Python', 'Django', 'FastAPI', 'Node.js', 'Go', 'PostgreSQL',
  'GIS', 'QGIS', '資料分析', '機器學習', 'UI/UX 設計', 'Figma', '產品企劃', '簡報設計', 'Arduino', 'Docker',
];

/*
 * ~80 participants with the names, schools and employers a Taipei CodeFest actually draws: mostly
 * university students, a good share of working engineers and designers, and three high-school students
 * (minors) who register with a guardian's consent.
 */
export function generateParticipants(random: Random, count: number, seedTime: Date): PersonSeed[] {
  const people: PersonSeed[] = [];
  const usedEmails = new Set<string>();
  for (let i = 0; people.length < count; i++) {
    const [surname, surnameRoman] = random.pick(SURNAMES);
    const isEnglishName = random.chance(0.18);
    const [given, givenRoman] = isEnglishName ? [random.pick(ENGLISH_GIVEN), ''] : random.pick(GIVEN_NAMES);
    const name = isEnglishName ? `${given} ${surnameRoman[0]!.toUpperCase()}${surnameRoman.slice(1)}` : `${surname}${given}`;
    const local = `${(givenRoman || given).toLowerCase()}.${surnameRoman}`;
    let email = `${local}@example.com`;
    for (let n = 2; usedEmails.has(email); n++) email = `${local}${n}@example.com`;
    usedEmails.add(email);

    const isMinor = i % 27 === 5 && people.filter((p) => p.dateOfBirth).length < 3;
    const affiliation = isMinor
      ? HIGH_SCHOOLS[people.filter((p) => p.dateOfBirth).length]!
      : random.chance(0.62)
        ? random.pick(UNIVERSITIES)
        : random.pick(COMPANIES);
    const skills = random.shuffle(SKILLS).slice(0, random.int(2, 4));
    const person: PersonSeed = { email, name, preferredLocale: isEnglishName && random.chance(0.5) ? 'en' : 'zh-TW', affiliation, skills };
    if (isMinor) {
      // 16 or 17 at seed time, so they stay minors however long the demo database lives for a demo day.
      person.dateOfBirth = daysFrom(seedTime, -(16 * 365 + random.int(30, 300))).toISOString().slice(0, 10);
      person.guardian = { name: `${surname}${random.pick(['美玲', '志強', '淑惠', '建國'])}`, contact: `09${random.int(10, 89)}-${random.int(100, 999)}-${random.int(100, 999)}` };
    }
    people.push(person);
  }
  return people;
}
