import { describe, expect, it } from 'vitest';
import { isIanaTimeZone, parseDatasetLines, parseEventSettings, parseOptionLines, timelineErrors } from '@/lib/validation/events';

const base = {
  slug: 'codefest-2027',
  titleZh: '程式節',
  timeZone: 'Asia/Taipei',
  registrationOpensAt: '2027-03-01T09:00',
  registrationClosesAt: '2027-04-01T18:00',
  hackingStartsAt: '2027-04-10T09:00',
  submissionDeadline: '2027-04-11T15:00',
  judgingEndsAt: '2027-04-20T18:00',
  teamSizeMin: '3',
  teamSizeMax: '5',
  admissionMode: 'reviewed',
};

describe('event settings', () => {
  it('accepts IANA zones only', () => {
    expect(['Asia/Taipei', 'Europe/Berlin', 'UTC', 'America/Argentina/Buenos_Aires'].every(isIanaTimeZone)).toBe(true);
    expect(['+08:00', 'Asia/Taipeh', '', 'Asia/../Taipei', 'GMT+8 '].some(isIanaTimeZone)).toBe(false);
  });

  it('reads the wall clocks in the event zone, a missing withdrawal deadline as none and an empty capacity as no limit', () => {
    const parsed = parseEventSettings({ ...base, capacity: '' });
    expect('data' in parsed && parsed.data).toMatchObject({
      registrationOpensAt: new Date('2027-03-01T01:00:00Z'),
      withdrawalDeadline: null,
      capacity: null,
      admissionMode: 'reviewed',
    });
  });

  it('refuses a time skipped by summer time in a zone that has it', () => {
    const parsed = parseEventSettings({ ...base, timeZone: 'Europe/Berlin', registrationOpensAt: '2027-03-28T02:30' });
    expect('errors' in parsed && parsed.errors.registrationOpensAt).toEqual(['eventSetup.errors.dateInvalid']);
  });

  it('names every broken order once, beside the field to move', () => {
    const at = (s: string) => new Date(s);
    const errors = timelineErrors({
      registrationOpensAt: at('2027-03-01'),
      registrationClosesAt: at('2027-02-01'),
      withdrawalDeadline: null,
      hackingStartsAt: at('2027-04-10'),
      submissionDeadline: at('2027-04-09'),
      judgingEndsAt: at('2027-04-08'),
    });
    expect(errors).toEqual({
      registrationClosesAt: ['eventSetup.errors.closesBeforeOpens'],
      submissionDeadline: ['eventSetup.errors.deadlineBeforeHacking'],
      judgingEndsAt: ['eventSetup.errors.judgingBeforeDeadline'],
    });
  });
});

describe('list fields', () => {
  it('parses dataset lines and refuses non-web links', () => {
    expect(parseDatasetLines('A | https://a.example\n\nhttps://b.example')).toEqual([
      { title: 'A', url: 'https://a.example' },
      { title: 'https://b.example', url: 'https://b.example' },
    ]);
    expect(parseDatasetLines('X | javascript:alert(1)')).toBeNull();
    expect(parseDatasetLines('X | ftp://files.example')).toBeNull();
  });

  it('parses options with generated or kept values and refuses duplicates', () => {
    expect(parseOptionLines('小 | S\nkeep-me | 中 | M')).toEqual([
      { value: 'option-1', labelZh: '小', labelEn: 'S' },
      { value: 'keep-me', labelZh: '中', labelEn: 'M' },
    ]);
    expect(parseOptionLines('a | 甲 | A\na | 乙 | B')).toBeNull();
    expect(parseOptionLines('bad value | 甲 | A')).toBeNull();
  });
});
