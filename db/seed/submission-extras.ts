import type { Tx } from '../client';
import { complianceItems, customQuestions } from '../schema';

/*
 * The autumn event's submission checklist and its two project questions, as Taipei's IT department asks
 * them. Called once, right after the autumn event is inserted.
 */
export async function seedSubmissionExtras(tx: Tx, autumnEventId: string): Promise<void> {
  await tx.insert(complianceItems).values([
    {
      eventId: autumnEventId,
      labelZh: 'GitHub 儲存庫已設為公開，並採用開放原始碼授權（MIT 或 Apache-2.0）',
      labelEn: 'The GitHub repository is public and under an open-source licence (MIT or Apache-2.0)',
      position: 0,
    },
    {
      eventId: autumnEventId,
      labelZh: 'README 已列出使用的臺北市開放資料集與其來源',
      labelEn: 'The README lists the Taipei open datasets used and where they come from',
      position: 1,
    },
    {
      eventId: autumnEventId,
      labelZh: '作品未含個人資料，且未違反資料集的使用條款',
      labelEn: 'The project holds no personal data and respects the datasets’ terms of use',
      position: 2,
    },
  ]);
  await tx.insert(customQuestions).values([
    {
      eventId: autumnEventId,
      scope: 'submission',
      kind: 'single_choice',
      labelZh: '作品目前的完成程度',
      labelEn: 'How far is the project?',
      options: [
        { value: 'prototype', labelZh: '概念原型', labelEn: 'Concept prototype' },
        { value: 'working', labelZh: '可運作的版本', labelEn: 'Working version' },
        { value: 'deployed', labelZh: '已上線可供試用', labelEn: 'Deployed and ready to try' },
      ],
      isRequired: true,
      position: 0,
    },
    {
      eventId: autumnEventId,
      scope: 'submission',
      kind: 'long_text',
      labelZh: '若獲選，市府需要提供哪些協助才能讓作品落地？',
      labelEn: 'If selected, what help would the city need to give to put the project into service?',
      isRequired: false,
      position: 1,
    },
  ]);
}
