import { describe, expect, it } from 'vitest';
import { binScores } from '@/lib/showcase/bins';
import { bodyEtag, etagMatches } from '@/lib/showcase/etag';
import { likePattern } from '@/lib/showcase/like-pattern';
import { latinOnly } from '@/lib/showcase/latin-text';
import { parseGalleryQuery } from '@/lib/validation/showcase';

describe('binScores', () => {
  it('one bin per whole point on scales up to 10, counts kept', () => {
    const bins = binScores(5, [{ value: 0, n: 1 }, { value: 4.5, n: 2 }, { value: 5, n: 3 }]);
    expect(bins.map((b) => [b.from, b.count])).toEqual([[0, 1], [1, 0], [2, 0], [3, 0], [4, 2], [5, 3]]);
  });
  it('ten equal bins on larger scales, the maximum in the last', () => {
    const bins = binScores(100, [{ value: 0, n: 1 }, { value: 55, n: 1 }, { value: 100, n: 4 }]);
    expect(bins).toHaveLength(10);
    expect(bins[0]).toEqual({ from: 0, to: 10, count: 1 });
    expect(bins[5]!.count).toBe(1);
    expect(bins[9]).toEqual({ from: 90, to: 100, count: 4 });
  });
});

describe('ETag', () => {
  it('is stable per body, differs across bodies, and matches lists, weak tags and *', () => {
    const tag = bodyEtag('a');
    expect(bodyEtag('a')).toBe(tag);
    expect(bodyEtag('b')).not.toBe(tag);
    expect(etagMatches(tag, tag)).toBe(true);
    expect(etagMatches(`"x", W/${tag}`, tag)).toBe(true);
    expect(etagMatches('*', tag)).toBe(true);
    expect(etagMatches('"x"', tag)).toBe(false);
    expect(etagMatches(null, tag)).toBe(false);
  });
});

describe('text helpers', () => {
  it('likePattern escapes LIKE wildcards', () => {
    expect(likePattern('50%_off\\')).toBe('%50\\%\\_off\\\\%');
  });
  it('latinOnly drops Han characters and tidies spaces', () => {
    expect(latinOnly('公園好好玩 Park Finder')).toBe('Park Finder');
    expect(latinOnly('市場即時菜價')).toBe('');
    expect(latinOnly('Café — “Taipei”')).toBe('Café — “Taipei”');
  });
});

describe('parseGalleryQuery', () => {
  it('keeps valid filters and drops absent or malformed ones', () => {
    expect(parseGalleryQuery({})).toEqual({});
    expect(parseGalleryQuery({ q: '', event: 'x'.repeat(101), year: '1999', page: '0' })).toEqual({});
    expect(parseGalleryQuery({ track: 'tourism', tech: 'Go', award: 'awarded', year: '2026', page: '3' })).toEqual({ track: 'tourism', tech: 'Go', award: 'awarded', year: 2026, page: 3 });
  });
});
