import type { events } from '../schema';
import type { TeamSeed } from './autumn-teams';
import { daysFrom } from './random';

export const SPRING_SLUG = 'codefest-taipei-2026-spring';

/** Months in the past, results published: the archive a visitor browses for past winners. */
export function springEvent(now: Date, createdBy: string): typeof events.$inferInsert {
  const hackingStartsAt = daysFrom(now, -160);
  return {
    slug: SPRING_SLUG,
    titleZh: 'CodeFest Taipei 2026 春季黑客松',
    titleEn: 'CodeFest Taipei 2026 Spring Hackathon',
    summaryZh: '春季場聚焦市府局處提出的公園、防災、觀光與市場議題，以開放資料打造城市服務。',
    summaryEn: 'The spring edition tackled challenges on parks, disaster preparedness, tourism and markets, proposed by city departments and built on open data.',
    descriptionZh: `## 活動回顧\n\n春季場共有 **32 隊** 參賽，四個議題由工務局、消防局、觀光傳播局與市場處提出。金獎作品「公園好好玩」已合併進市府官方程式碼庫，並上線於臺北市公園處網站。`,
    descriptionEn: `## Looking back\n\n**32 teams** took part in the spring edition, on four challenges from the Public Works, Fire, Tourism and Markets departments. The gold-winning "Park Finder" has been merged into the city's official repository and is live on the Parks Office website.`,
    rulesZh: '每隊 3 至 5 人；作品須使用臺北市開放資料並以開源授權公開。',
    rulesEn: 'Teams of 3 to 5; projects use Taipei open data and are published under an open licence.',
    venueZh: '臺北市政府 市政大樓',
    venueEn: 'Taipei City Hall',
    timeZone: 'Asia/Taipei',
    registrationOpensAt: daysFrom(now, -210),
    registrationClosesAt: daysFrom(now, -175),
    hackingStartsAt,
    submissionDeadline: new Date(hackingStartsAt.getTime() + 30 * 3600 * 1000),
    judgingEndsAt: daysFrom(now, -150),
    resultsPublishedAt: daysFrom(now, -148),
    teamSizeMin: 3,
    teamSizeMax: 5,
    capacity: 150,
    admissionMode: 'automatic',
    isPublished: true,
    createdBy,
  };
}

const dataset = (title: string, id: string) => ({ title, url: `https://data.taipei/dataset/detail?id=${id}` });

export const SPRING_TRACKS = [
  {
    slug: 'inclusive-parks',
    nameZh: '共融公園探索',
    nameEn: 'Inclusive parks',
    departmentZh: '臺北市政府工務局公園路燈工程管理處',
    departmentEn: 'Parks and Street Lights Office, Public Works Department',
    descriptionZh: '幫助家長與身障者找到設施合適的共融公園。',
    descriptionEn: 'Help parents and people with disabilities find inclusive parks with the right facilities.',
    datasetLinks: [dataset('臺北市公園基本資料 Parks', '4a7e2d19-8c3b-4f51-9e06-1b5d7a2c8f93')],
    position: 1,
  },
  {
    slug: 'disaster-preparedness',
    nameZh: '防災避難資訊',
    nameEn: 'Disaster preparedness',
    departmentZh: '臺北市政府消防局',
    departmentEn: 'Fire Department',
    descriptionZh: '讓市民在地震與颱風前就知道最近的避難處所與路線。',
    descriptionEn: 'Let residents know their nearest shelter and route before an earthquake or typhoon strikes.',
    datasetLinks: [dataset('臺北市避難收容處所 Evacuation shelters', 'b2d85f3e-61a4-4c7d-8b90-3e2f6a1d5c47')],
    position: 2,
  },
  {
    slug: 'tourism',
    nameZh: '觀光景點與活動',
    nameEn: 'Attractions and events',
    departmentZh: '臺北市政府觀光傳播局',
    departmentEn: 'Department of Information and Tourism',
    descriptionZh: '串接景點與活動資料，設計給國際旅客的行程服務。',
    descriptionEn: 'Combine attraction and event data into trip planning for international visitors.',
    datasetLinks: [dataset('臺北旅遊網景點 Attractions', 'd9c14e72-3b5f-4a86-a2e1-7f0b8c6d4e25')],
    position: 3,
  },
  {
    slug: 'traditional-markets',
    nameZh: '傳統市場數位化',
    nameEn: 'Traditional markets online',
    departmentZh: '臺北市市場處',
    departmentEn: 'Taipei City Market Administration Office',
    descriptionZh: '讓傳統市場攤商的菜價與營業資訊上網。',
    descriptionEn: 'Put the prices and opening hours of traditional market stalls online.',
    datasetLinks: [dataset('臺北市零售市場 Retail markets', '6e3a9b58-0d27-4f1c-b5e8-2a4c7d9f0b16')],
    position: 4,
  },
] as const;

export const SPRING_PRIZES = [
  { key: 'gold', nameZh: '金獎', nameEn: 'Gold Award', amount: 80000, position: 1 },
  { key: 'silver', nameZh: '銀獎', nameEn: 'Silver Award', amount: 50000, position: 2 },
  { key: 'bronze', nameZh: '銅獎', nameEn: 'Bronze Award', amount: 30000, position: 3 },
] as const;

const project = (title: string, tagline: string, repo: string, technologies: string[]) => ({
  title,
  tagline,
  description: `## 作品說明 About\n\n${tagline}\n\n作品已於春季場決賽現場展示。 Demonstrated live at the spring final.`,
  repo,
  technologies,
  status: 'submitted' as const,
});

/** In final ranking order: the first three win gold, silver and bronze. */
export const SPRING_TEAMS: TeamSeed[] = [
  { name: '公園探險隊', track: 'inclusive-parks', size: 4, pitch: '共融公園一點就找到。', project: project('公園好好玩 Park Finder', '依孩子年齡與輪椅需求篩選共融遊具，附無障礙廁所位置。', 'https://github.com/park-explorers/park-finder', ['Next.js', 'MapLibre', 'PostGIS']) },
  { name: 'SafeHaven', track: 'disaster-preparedness', size: 5, pitch: 'Your shelter, before you need it.', project: project('SafeHaven Taipei', 'The nearest open shelter and a walking route that avoids flood-prone streets.', 'https://github.com/safehaven-tpe/safehaven', ['Flutter', 'Go', 'OSRM']) },
  { name: '菜市場名', track: 'traditional-markets', size: 3, pitch: '今天的菜價，攤商一鍵更新。', project: project('市場即時菜價', '攤商用 LINE 回報當日菜價，市民在地圖上比價。', 'https://github.com/market-names/market-prices', ['Python', 'LINE Messaging API', 'Vue']) },
  { name: 'Taipei Wanderers', track: 'tourism', size: 4, pitch: 'Day trips stitched from attractions and events.', project: project('Wander Taipei', 'A day plan from attractions, events and MRT times, in six languages.', 'https://github.com/taipei-wanderers/wander-taipei', ['React', 'OpenAI API', 'Node.js']) },
  { name: '防災小尖兵', track: 'disaster-preparedness', size: 3, pitch: '校園防災演練的數位助手。', project: project('防災演練小幫手', '學校防災演練的點名、集合與回報，一支手機完成。', 'https://github.com/disaster-cadets/drill-helper', ['Kotlin', 'Firebase']) },
  { name: '綠地偵探', track: 'inclusive-parks', size: 3, pitch: '公園設施損壞通報。', project: project('公園設施通報', '拍照通報壞掉的遊具，自動帶入公園與設施編號。', 'https://github.com/green-detectives/park-reports', ['Swift', 'Django']) },
  { name: 'Night Market Hackers', track: 'tourism', size: 5, pitch: 'Night markets, explained for visitors.', project: project('Night Market Guide', 'What to eat, how to pay, and when it gets crowded.', 'https://github.com/nightmarket-hackers/guide', ['Next.js', 'Tailwind CSS']) },
  { name: '市場新視界', track: 'traditional-markets', size: 4, pitch: '市場攤位的數位地圖。', project: project('市場攤位地圖', '市場內每個攤位的位置、營業時間與付款方式。', 'https://github.com/market-vision/stall-map', ['Vue', 'Leaflet']) },
];

/** Each track's award goes to its best project that did not already win an overall prize. */
export const SPRING_TRACK_WINNERS: Record<string, string> = {
  'inclusive-parks': '綠地偵探',
  'disaster-preparedness': '防災小尖兵',
  tourism: 'Taipei Wanderers',
  'traditional-markets': '市場新視界',
};
