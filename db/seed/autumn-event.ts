import type { events, prizes, tracks } from '../schema';
import { daysFrom, hoursFrom } from './random';

type EventInsert = typeof events.$inferInsert;
type TrackInsert = Omit<typeof tracks.$inferInsert, 'eventId'>;
type PrizeInsert = Omit<typeof prizes.$inferInsert, 'eventId'> & { trackSlug?: string };

export const AUTUMN_SLUG = 'codefest-taipei-2026-autumn';

/*
 * The timeline is relative to the database's clock at seed time, so whenever the demo is started the
 * autumn event is mid-hackathon: registration closed, hacking under way, the deadline six hours away.
 */
export function autumnEvent(now: Date, createdBy: string): EventInsert {
  return {
    slug: AUTUMN_SLUG,
    titleZh: 'CodeFest Taipei 2026 秋季黑客松',
    titleEn: 'CodeFest Taipei 2026 Autumn Hackathon',
    summaryZh: '400 位開發者、設計師與市府同仁，用 30 小時把臺北市的開放資料變成市民每天用得到的服務。',
    summaryEn: '400 developers, designers and city staff spend 30 hours turning Taipei open data into services residents use every day.',
    descriptionZh: `## 活動簡介

CodeFest Taipei 是臺北市政府資訊局主辦的城市黑客松。今年秋季場由 **交通局、環境保護局、社會局與資訊局** 提出四個真實的城市議題，每個議題都附上 [臺北市資料大平臺](https://data.taipei) 上的開放資料。

- **工作坊日**：各局處說明議題與資料集，導師協助組隊與發想
- **30 小時黑客松**：在市政大樓完成作品並於截止前繳交
- **評審**：初賽書面審查，決賽現場簡報

得獎作品將合併進市府官方程式碼庫，合併完成後發放獎金。`,
    descriptionEn: `## About

CodeFest Taipei is the city hackathon run by the Taipei City Department of Information Technology. This autumn the **Departments of Transportation, Environmental Protection, Social Welfare and Information Technology** each propose a real city challenge, backed by datasets on the [Taipei Open Data Platform](https://data.taipei).

- **Workshop day**: departments present their challenges and datasets; mentors help teams form and shape ideas
- **30 hours of hacking** at Taipei City Hall, ending with the submission deadline
- **Judging**: a preliminary review of every project, then live pitches in the final

Winning projects are merged into the city's official repository; prize money is paid once the merge is done.`,
    rulesZh: `## 參賽規則

1. 每隊 2 至 5 人，須指定隊長與第二聯絡人。
2. 作品須使用至少一項臺北市開放資料集，並以開源授權（MIT 或 Apache-2.0）公開於 GitHub。
3. 程式碼須於黑客松期間撰寫；既有的開源套件可自由使用，請於作品說明中列出。
4. 未滿 18 歲的參賽者須附法定代理人同意。
5. 截止時間以系統時間為準，逾時無法修改作品。
6. 評審：初賽依「服務應用 40%（創意 20%、切題 20%）、視覺設計 30%、技術完整度 30%」評分。`,
    rulesEn: `## Rules

1. Teams of 2 to 5 people, with a captain and a second contact person.
2. Projects must use at least one Taipei open dataset and be published on GitHub under an open licence (MIT or Apache-2.0).
3. Code must be written during the hackathon; existing open-source libraries are welcome, listed in the project description.
4. Participants under 18 need a parent's or guardian's consent.
5. The deadline is the system's clock: after it, projects can no longer be edited.
6. Preliminary judging: service application 40% (creativity 20%, fit to the challenge 20%), visual design 30%, technical completeness 30%.`,
    faqZh: `## 常見問題

**需要自備電腦嗎？** 需要。現場提供電源、網路與餐點。

**可以一個人報名嗎？** 可以，報名後可在「找隊友」頁面加入隊伍，工作坊日也有組隊時間。

**資料集有問題找誰？** 各議題的提案局處會派員在現場，也可在 Discord 的 #data-help 頻道發問。

**獎金怎麼發？** 得獎隊伍將作品合併進市府官方程式碼庫後，由資訊局撥付。`,
    faqEn: `## FAQ

**Do I bring my own laptop?** Yes. Power, Wi-Fi and meals are provided at the venue.

**Can I register alone?** Yes: after registering, join a team on the team finder page, or find one during the workshop day.

**Who do I ask about a dataset?** Each proposing department has staff on site; you can also ask in the #data-help channel on Discord.

**How is prize money paid?** Once a winning team's work is merged into the city's official repository, the Department of Information Technology pays the prize.`,
    venueZh: '臺北市政府 市政大樓（臺北市信義區市府路 1 號）',
    venueEn: 'Taipei City Hall, No. 1, Shifu Road, Xinyi District, Taipei',
    timeZone: 'Asia/Taipei',
    registrationOpensAt: daysFrom(now, -30),
    registrationClosesAt: daysFrom(now, -5),
    withdrawalDeadline: daysFrom(now, -3),
    hackingStartsAt: daysFrom(now, -1),
    submissionDeadline: hoursFrom(now, 6),
    judgingEndsAt: daysFrom(now, 7),
    teamSizeMin: 2,
    teamSizeMax: 5,
    capacity: 400,
    admissionMode: 'reviewed',
    isPublished: true,
    createdBy,
  };
}

const dataset = (title: string, id: string) => ({ title, url: `https://data.taipei/dataset/detail?id=${id}` });

export const AUTUMN_TRACKS: TrackInsert[] = [
  {
    slug: 'accessible-bus-transfers',
    nameZh: '公車到站與無障礙轉乘',
    nameEn: 'Bus arrivals and accessible transfers',
    departmentZh: '臺北市政府交通局',
    departmentEn: 'Department of Transportation',
    descriptionZh: '輪椅使用者、推嬰兒車的家長與長者，如何知道下一班低地板公車何時到、轉乘路線是否有電梯？請結合公車動態與無障礙設施資料，設計真正好用的轉乘服務。',
    descriptionEn: 'How do wheelchair users, parents with strollers and older residents know when the next low-floor bus arrives, and whether a transfer has a lift? Combine live bus data with accessibility data into a transfer service people can rely on.',
    datasetLinks: [
      dataset('臺北市公車動態資訊 Bus real-time arrivals', '0f2a1c4e-7b3d-4e8a-9c61-2d5b8e4f1a07'),
      dataset('臺北捷運車站無障礙設施 MRT station accessibility facilities', '5c9e3b21-48d6-4f0a-b2e7-91a6d3c8f452'),
    ],
    position: 1,
  },
  {
    slug: 'garbage-trucks-recycling',
    nameZh: '垃圾車即時動態與資源回收',
    nameEn: 'Live garbage trucks and recycling',
    departmentZh: '臺北市政府環境保護局',
    departmentEn: 'Department of Environmental Protection',
    descriptionZh: '臺北「垃圾不落地」仰賴市民準時追到垃圾車。請運用垃圾車即時位置與回收分類資料，讓倒垃圾、做回收更不費力，也幫助清潔隊規劃路線。',
    descriptionEn: "Taipei's no-litter policy depends on residents catching the garbage truck on time. Use live truck positions and recycling data to make taking out the rubbish effortless, and to help the sanitation teams plan their routes.",
    datasetLinks: [
      dataset('臺北市垃圾車即時位置 Garbage truck live positions', 'a83f6d10-2c47-4b9e-8d15-6e0f7c2b9a34'),
      dataset('臺北市資源回收分類與清運時間 Recycling categories and collection times', 'e41b7c92-9d05-4a6f-a3c8-7b2e5f0d6c18'),
    ],
    position: 2,
  },
  {
    slug: 'elder-care-map',
    nameZh: '長者照顧資源地圖',
    nameEn: 'Elder care resource map',
    departmentZh: '臺北市政府社會局',
    departmentEn: 'Department of Social Welfare',
    descriptionZh: '臺北市已進入超高齡社會。長照據點、社區關懷據點、日間照顧中心散落在不同資料集，家屬常不知從何找起。請設計一個讓長者與照顧者找得到、看得懂的資源地圖。',
    descriptionEn: 'Taipei is a super-aged city. Long-term care centres, community care points and day care are spread across separate datasets, and families do not know where to start. Design a resource map older people and carers can find and understand.',
    datasetLinks: [
      dataset('臺北市社區照顧關懷據點 Community care points', '7d2c5e88-13fa-4c60-9b47-0a8e6d3f2c95'),
      dataset('臺北市長期照顧服務機構 Long-term care providers', 'c6f09a3d-5e21-4b8c-8f74-3d1a9e7b0c26'),
    ],
    position: 3,
  },
  {
    slug: 'city-dashboard',
    nameZh: '城市儀表板開放資料應用',
    nameEn: 'City dashboard open data applications',
    departmentZh: '臺北市政府資訊局',
    departmentEn: 'Department of Information Technology',
    descriptionZh: '臺北城市儀表板彙整了交通、環境、治安等即時資料。請開發新的儀表板元件或資料應用，讓市民與市府決策者都能一眼看懂城市的脈動。',
    descriptionEn: "The Taipei City Dashboard brings together live data on traffic, environment and public safety. Build new dashboard components or data applications that let residents and decision makers read the city's pulse at a glance.",
    datasetLinks: [
      dataset('臺北城市儀表板 API City Dashboard API', '3b8e1f47-6a2d-4c95-b0e3-5f7c9d2a8e61'),
      dataset('臺北市即時空氣品質監測 Real-time air quality', '9e4d2a71-0b6c-4f38-a5d9-2c8f1e6b7a03'),
    ],
    position: 4,
  },
];

export const AUTUMN_PRIZES: PrizeInsert[] = [
  { nameZh: '金獎', nameEn: 'Gold Award', descriptionZh: '總成績第一名', descriptionEn: 'Best overall project', amount: 100000, position: 1 },
  { nameZh: '銀獎', nameEn: 'Silver Award', descriptionZh: '總成績第二名', descriptionEn: 'Second overall', amount: 60000, position: 2 },
  { nameZh: '銅獎', nameEn: 'Bronze Award', descriptionZh: '總成績第三名', descriptionEn: 'Third overall', amount: 30000, position: 3 },
  ...AUTUMN_TRACKS.map((track, i) => ({
    trackSlug: track.slug,
    nameZh: `部門特別獎：${track.nameZh}`,
    nameEn: `Department Award: ${track.nameEn}`,
    descriptionZh: `由${track.departmentZh}選出最能解決議題的作品`,
    descriptionEn: `Chosen by the ${track.departmentEn} as the project that best answers its challenge`,
    amount: 20000,
    position: 10 + i,
  })),
  { nameZh: '人氣獎', nameEn: "People's Choice", descriptionZh: '由登入的觀眾投票選出', descriptionEn: 'Voted by signed-in visitors', amount: 10000, position: 20 },
];
