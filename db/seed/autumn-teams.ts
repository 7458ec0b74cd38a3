/*
 * The autumn teams and what they are building. Written by hand so the demo reads like a real CodeFest:
 * names in the mix of Chinese and English Taipei teams use, projects that answer their track's challenge.
 * The first team is captained by the demo participant login.
 */
export type ProjectSeed = {
  title: string;
  tagline: string;
  description: string;
  repo: string;
  technologies: string[];
  status: 'draft' | 'submitted';
};
export type TeamSeed = { name: string; track: string; size: number; pitch: string; rolesNeeded?: string; project?: ProjectSeed };

const BUS = 'accessible-bus-transfers';
const TRASH = 'garbage-trucks-recycling';
const CARE = 'elder-care-map';
const DASH = 'city-dashboard';

const md = (problem: string, solution: string, data: string) =>
  `## 解決的問題 Problem\n\n${problem}\n\n## 我們的做法 Solution\n\n${solution}\n\n## 使用的資料 Data\n\n${data}`;

export const AUTUMN_TEAMS: TeamSeed[] = [
  {
    name: '晨光巴士',
    track: BUS,
    size: 4,
    pitch: '讓輪椅族也能準時搭上低地板公車。',
    project: {
      title: '低地板公車到站提醒 BusBuddy',
      tagline: '下一班低地板公車還有幾分鐘？一眼就知道。',
      description: md(
        '輪椅使用者常在站牌等到一般公車，卻不知道下一班低地板車何時來。',
        '以公車動態資料篩選低地板車輛，預估到站時間，並在轉乘站提示電梯位置。支援螢幕閱讀器與大字體。',
        '臺北市公車動態資訊、臺北捷運車站無障礙設施',
      ),
      repo: 'https://github.com/morning-bus/busbuddy',
      technologies: ['Next.js', 'TypeScript', 'PostgreSQL', 'PWA'],
      status: 'draft',
    },
  },
  {
    name: 'Transfer Wizards',
    track: BUS,
    size: 5,
    pitch: 'Step-free routes across bus and MRT, planned in one tap.',
    project: {
      title: 'StepFree Taipei',
      tagline: 'Step-free journeys across bus and MRT, planned in one tap.',
      description: md(
        'Route planners ignore lifts that are out of service and buses without ramps.',
        'A route planner that only proposes step-free transfers, re-planning when a lift is reported down.',
        'Bus real-time arrivals, MRT station accessibility facilities',
      ),
      repo: 'https://github.com/transfer-wizards/stepfree-taipei',
      technologies: ['Flutter', 'Go', 'OpenTripPlanner'],
      status: 'submitted',
    },
  },
  {
    name: '公車小精靈',
    track: BUS,
    size: 3,
    pitch: '給長輩的語音公車到站查詢。',
    project: {
      title: '阿公阿嬤等公車',
      tagline: '用台語和國語問「幾號公車幾分到」，LINE 直接回答。',
      description: md('許多長輩不會操作公車 App。', '透過 LINE 聊天機器人以語音查詢到站時間，支援台語與國語。', '臺北市公車動態資訊'),
      repo: 'https://github.com/bus-sprites/ahma-bus-bot',
      technologies: ['Python', 'FastAPI', 'LINE Messaging API', 'Whisper'],
      status: 'submitted',
    },
  },
  { name: '轉乘研究室', track: BUS, size: 2, pitch: '分析轉乘熱點的等車時間。', rolesNeeded: '前端工程師、UI 設計' },
  { name: 'Route 66 Taipei', track: BUS, size: 3, pitch: 'Crowd-sourced reports of broken ramps and lifts.' },
  {
    name: '垃圾車追追追',
    track: TRASH,
    size: 5,
    pitch: '再也不用穿著拖鞋追垃圾車。',
    project: {
      title: '垃圾車來了 TrashTrack',
      tagline: '垃圾車離你家還有 3 站時，手機就會提醒你。',
      description: md(
        '上班族常錯過垃圾車，只能把垃圾留到週末。',
        '訂閱住家附近的清運點，垃圾車接近時推播通知，並標示當天是否收資源回收與廚餘。',
        '臺北市垃圾車即時位置、資源回收分類與清運時間',
      ),
      repo: 'https://github.com/trash-chasers/trashtrack',
      technologies: ['React Native', 'Node.js', 'Redis', 'Web Push'],
      status: 'submitted',
    },
  },
  {
    name: '綠色循環',
    track: TRASH,
    size: 4,
    pitch: '拍照就知道怎麼分類。',
    project: {
      title: '回收分類小老師',
      tagline: '拍一張照片，告訴你這個東西要丟哪一類。',
      description: md('民眾常搞不清楚飲料杯、鋁箔包要怎麼回收。', '以影像辨識判斷物品類別，並對照環保局的分類規則與清運時間。', '資源回收分類與清運時間'),
      repo: 'https://github.com/green-loop/recycle-tutor',
      technologies: ['PyTorch', 'FastAPI', 'Vue'],
      status: 'submitted',
    },
  },
  {
    name: 'Zero Waste Lab',
    track: TRASH,
    size: 3,
    pitch: 'Route optimisation for the sanitation teams.',
    project: {
      title: 'Collection Route Insights',
      tagline: 'Where trucks wait, and which stops could merge.',
      description: md(
        'Collection routes have grown stop by stop over decades.',
        'We replay a month of truck positions to find long dwell times and stops residents rarely use.',
        'Garbage truck live positions',
      ),
      repo: 'https://github.com/zero-waste-lab/route-insights',
      technologies: ['Python', 'GeoPandas', 'Kepler.gl'],
      status: 'draft',
    },
  },
  { name: '清潔隊之友', track: TRASH, size: 2, pitch: '清潔隊員的排班與路線小工具。', rolesNeeded: '後端工程師' },
  {
    name: '銀髮守護者',
    track: CARE,
    size: 4,
    pitch: '讓家屬十分鐘內找到合適的長照資源。',
    project: {
      title: '長照資源導航',
      tagline: '回答三個問題，找到離家最近、符合需求的長照服務。',
      description: md(
        '家屬面對長照 2.0 的各種服務名詞，不知道該申請哪一種。',
        '以問答引導判斷需求，再在地圖上列出附近的日照中心、社區關懷據點與居家服務單位。',
        '社區照顧關懷據點、長期照顧服務機構',
      ),
      repo: 'https://github.com/silver-guardians/care-navigator',
      technologies: ['Next.js', 'Leaflet', 'Supabase'],
      status: 'submitted',
    },
  },
  {
    name: 'CareMap',
    track: CARE,
    size: 3,
    pitch: 'An accessible map for carers, readable on any phone.',
    project: {
      title: 'CareMap Taipei',
      tagline: 'Every care point in Taipei on one accessible map.',
      description: md(
        'Care data lives in several datasets with different address formats.',
        'We geocode and merge the datasets, then present them in a map designed with older users: large text, high contrast.',
        'Community care points, long-term care providers',
      ),
      repo: 'https://github.com/caremap-tw/caremap',
      technologies: ['SvelteKit', 'MapLibre', 'PostGIS'],
      status: 'submitted',
    },
  },
  {
    name: '樂齡生活家',
    track: CARE,
    size: 5,
    pitch: '社區活動日曆，鼓勵長者走出家門。',
    project: {
      title: '樂齡活動日曆',
      tagline: '附近的關懷據點這週有什麼活動？',
      description: md('獨居長者缺少社交活動資訊。', '整合各據點的活動，依距離與興趣推薦，並可一鍵請子女幫忙報名。', '社區照顧關懷據點'),
      repo: 'https://github.com/joyful-seniors/activity-calendar',
      technologies: ['Vue', 'Firebase'],
      status: 'draft',
    },
  },
  { name: '陪伴計畫', track: CARE, size: 2, pitch: '志工與獨居長者的媒合平台。', rolesNeeded: '設計師、社工背景夥伴' },
  {
    name: 'Data Divers',
    track: DASH,
    size: 4,
    pitch: 'Air quality you can feel: per-block forecasts.',
    project: {
      title: 'AirWatch Blocks',
      tagline: 'Block-by-block air quality, forecast three hours ahead.',
      description: md(
        'Station readings are too coarse for a parent choosing a walking route to school.',
        'We interpolate between stations with traffic data and offer a three-hour forecast as a dashboard widget.',
        'Real-time air quality, City Dashboard API',
      ),
      repo: 'https://github.com/data-divers/airwatch-blocks',
      technologies: ['Python', 'scikit-learn', 'D3.js'],
      status: 'submitted',
    },
  },
  {
    name: '臺北數據派',
    track: DASH,
    size: 3,
    pitch: '給里長看的社區儀表板。',
    project: {
      title: '里長儀表板',
      tagline: '一頁看懂你的里：人口、交通、環境與通報案件。',
      description: md('里長需要資料，但市府儀表板以全市為單位。', '以里為單位重新彙整儀表板資料，並產生每月簡報。', '臺北城市儀表板 API'),
      repo: 'https://github.com/taipei-data-pie/village-dashboard',
      technologies: ['React', 'ECharts', 'Go'],
      status: 'submitted',
    },
  },
  {
    name: '城市觀測站',
    track: DASH,
    size: 4,
    pitch: '用聲音地圖呈現城市噪音。',
    project: {
      title: '城市噪音地圖',
      tagline: '哪裡最吵？把噪音陳情與交通量畫在同一張圖。',
      description: md('噪音陳情分散，難以看出趨勢。', '結合陳情資料與即時車流，找出噪音熱點與時段。', '臺北城市儀表板 API'),
      repo: 'https://github.com/city-observatory/noise-map',
      technologies: ['Deck.gl', 'TypeScript', 'DuckDB'],
      status: 'draft',
    },
  },
  { name: 'Pixel Pioneers', track: DASH, size: 3, pitch: 'Dashboard widgets for the visually impaired.' },
  { name: '資料小隊', track: DASH, size: 2, pitch: '開放資料品質檢測工具。' },
  { name: '夜貓子工作室', track: TRASH, size: 4, pitch: '夜間清運路線的噪音改善。' },
  { name: '北科黑客', track: CARE, size: 3, pitch: '長照交通接送的共乘媒合。' },
];
