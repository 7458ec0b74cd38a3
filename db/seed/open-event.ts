import type { Tx } from '../client';
import { customQuestions, eventRoles, events, registrations, teamMembers, teams, tracks } from '../schema';
import { createRandom, daysFrom, hoursFrom } from './random';
import type { SeededUser } from './teams';

export const OPEN_SLUG = 'codefest-taipei-2027-spring';

/*
 * The next edition, with registration open by the database's clock at seed time: the event people can
 * register for in the demo, with reviewed admission as Taipei's CodeFest runs it (teams apply, organizers
 * review documents, interview at the workshop, admit or hold in reserve). A few teams have already applied,
 * so the organizer's admission page has something to decide. Its own random sequence, so adding it left the
 * other events' demo data exactly as it was.
 */
function openEvent(now: Date, createdBy: string): typeof events.$inferInsert {
  const hackingStartsAt = daysFrom(now, 45);
  return {
    slug: OPEN_SLUG,
    titleZh: 'CodeFest Taipei 2027 春季黑客松',
    titleEn: 'CodeFest Taipei 2027 Spring Hackathon',
    summaryZh: '報名開放中！以隊伍為單位報名，經書面審查與工作坊面談後公布錄取與備取名單。',
    summaryEn: 'Registration is open! Teams apply together; after a document review and an interview at the workshop, admitted and reserve lists are announced.',
    descriptionZh: '## 活動簡介\n\n2027 春季場由 **捷運公司、衛生局與文化局** 提出議題。報名後請組隊（3 至 5 人），由隊長送出參賽申請。',
    descriptionEn: '## About\n\nThe 2027 spring edition brings challenges from **Taipei Metro, the Department of Health and the Department of Cultural Affairs**. Register, form a team of 3 to 5, and your captain applies for admission.',
    rulesZh: '每隊 3 至 5 人；未滿 18 歲者須經監護人同意；錄取隊伍若於退出期限前退出，由備取隊伍依序遞補。',
    rulesEn: 'Teams of 3 to 5; participants under 18 need a guardian’s consent; if an admitted team withdraws before the withdrawal deadline, reserve teams move up in order.',
    venueZh: '臺北市政府 市政大樓',
    venueEn: 'Taipei City Hall',
    timeZone: 'Asia/Taipei',
    registrationOpensAt: daysFrom(now, -5),
    registrationClosesAt: daysFrom(now, 25),
    withdrawalDeadline: daysFrom(now, 38),
    hackingStartsAt,
    submissionDeadline: hoursFrom(hackingStartsAt, 30),
    judgingEndsAt: daysFrom(now, 52),
    teamSizeMin: 3,
    teamSizeMax: 5,
    capacity: 120,
    admissionMode: 'reviewed',
    isPublished: true,
    createdBy,
  };
}

const TRACKS = [
  { slug: 'metro-crowding', nameZh: '捷運擁擠度預測', nameEn: 'Metro crowding forecasts', departmentZh: '臺北大眾捷運股份有限公司', departmentEn: 'Taipei Rapid Transit Corporation' },
  { slug: 'clinic-access', nameZh: '就醫資訊無障礙', nameEn: 'Accessible clinic information', departmentZh: '臺北市政府衛生局', departmentEn: 'Department of Health' },
  { slug: 'culture-map', nameZh: '藝文活動地圖', nameEn: 'A map of cultural events', departmentZh: '臺北市政府文化局', departmentEn: 'Department of Cultural Affairs' },
];

const option = (value: string, labelZh: string, labelEn: string) => ({ value, labelZh, labelEn });
const QUESTIONS = [
  {
    kind: 'single_choice' as const,
    labelZh: '您在團隊中的主要角色',
    labelEn: 'Your main role in a team',
    options: [option('developer', '開發', 'Developer'), option('designer', '設計', 'Designer'), option('data', '資料分析', 'Data analyst'), option('domain', '領域專家', 'Domain expert')],
    isRequired: true,
  },
  {
    kind: 'multi_choice' as const,
    labelZh: '有興趣的議題（可複選）',
    labelEn: 'Challenges you are interested in (choose any)',
    options: TRACKS.map((t) => option(t.slug, t.nameZh, t.nameEn)),
    isRequired: false,
  },
  { kind: 'short_text' as const, labelZh: '您從哪裡得知本活動？', labelEn: 'How did you hear about the event?', options: [], isRequired: false },
  { kind: 'long_text' as const, labelZh: '想在黑客松解決什麼問題？', labelEn: 'What would you like to solve at the hackathon?', options: [], isRequired: false },
  { kind: 'checkbox' as const, labelZh: '我可以參加賽前工作坊', labelEn: 'I can attend the workshop before the event', options: [], isRequired: false },
];

const TEAMS = [
  { name: '捷運不擠隊', track: 'metro-crowding', size: 4, status: 'applied' as const },
  { name: 'Clinic Compass', track: 'clinic-access', size: 3, status: 'applied' as const },
  { name: '藝文雷達', track: 'culture-map', size: 5, status: 'document_passed' as const, interviewInDays: 30 },
  { name: '週末工程師', track: 'metro-crowding', size: 3, status: 'forming' as const },
];

export async function seedOpenEvent(tx: Tx, input: { now: Date; adminId: string; organizerId: string; pool: SeededUser[] }): Promise<void> {
  const { now } = input;
  const random = createRandom(20270315);
  const [event] = await tx.insert(events).values(openEvent(now, input.adminId)).returning();
  const trackRows = await tx
    .insert(tracks)
    .values(TRACKS.map((t, i) => ({ ...t, eventId: event!.id, position: i + 1, descriptionZh: t.nameZh, descriptionEn: t.nameEn })))
    .returning({ id: tracks.id, slug: tracks.slug });
  const trackId = new Map(trackRows.map((t) => [t.slug, t.id]));
  await tx.insert(eventRoles).values({ eventId: event!.id, userId: input.organizerId, role: 'organizer', grantedBy: input.adminId });
  const questionRows = await tx
    .insert(customQuestions)
    .values(QUESTIONS.map((q, position) => ({ ...q, eventId: event!.id, scope: 'registration' as const, position })))
    .returning({ id: customQuestions.id, kind: customQuestions.kind });
  const roleQuestion = questionRows.find((q) => q.kind === 'single_choice');
  const roles = QUESTIONS[0]!.options.map((o) => o.value);

  // Registered since registration opened; nobody is decided yet: reviewed admission decides per team.
  const people = random.shuffle(input.pool).slice(0, 20);
  const registeredAt = (i: number) => hoursFrom(event!.registrationOpensAt, 3 + i * 5);
  await tx.insert(registrations).values(
    people.map((person, i) => ({
      eventId: event!.id,
      userId: person.id,
      status: 'pending' as const,
      displayName: person.name,
      affiliation: person.affiliation,
      skills: person.skills,
      // The one required question is answered, so a seeded person can edit their registration as is.
      answers: { [roleQuestion!.id]: random.pick(roles) },
      dateOfBirth: person.dateOfBirth ?? null,
      consentRulesAt: registeredAt(i),
      consentDataAt: registeredAt(i),
      guardianName: person.guardian?.name ?? null,
      guardianContact: person.guardian?.contact ?? null,
      guardianConsentAt: person.guardian ? registeredAt(i) : null,
      isLookingForTeam: i >= 14,
      createdAt: registeredAt(i),
    })),
  );

  let next = 0;
  for (const seed of TEAMS) {
    const members = people.slice(next, next + seed.size);
    next += seed.size;
    const [team] = await tx
      .insert(teams)
      .values({
        eventId: event!.id,
        name: seed.name,
        trackId: trackId.get(seed.track)!,
        captainId: members[0]!.id,
        secondContactId: members[1]?.id ?? null,
        inviteCode: random.code(8),
        status: seed.status,
        interviewAt: seed.interviewInDays ? hoursFrom(daysFrom(now, seed.interviewInDays), 2) : null,
        interviewLocation: seed.interviewInDays ? '市政大樓 北區 2 樓 會議室 A' : '',
      })
      .returning({ id: teams.id });
    await tx.insert(teamMembers).values(
      members.map((m, i) => ({ teamId: team!.id, eventId: event!.id, userId: m.id, role: i === 0 ? ('captain' as const) : ('member' as const) })),
    );
  }
}
