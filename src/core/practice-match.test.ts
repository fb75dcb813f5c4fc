import { describe, expect, it } from 'vitest';
import {
  practiceMatchText,
  practiceVocabularySchema,
  proposePractices,
  resolvePractices,
  type Practice,
} from './practice-match.ts';

const vocab: Practice[] = [
  { name: '工资集体协商', slug: 'collective-wage-bargaining', aliases: ['集体协商'] },
  { name: '职工书屋', slug: 'workers-reading-rooms' },
  { name: '杭工e家', slug: 'hanggong-ejia' },
  { name: '互联网+', slug: 'internet-plus' },
];

describe('proposePractices', () => {
  it('finds a practice by its name or by an alias the text uses', () => {
    expect(proposePractices('推行工资集体协商制度', vocab)).toEqual(['工资集体协商']);
    expect(proposePractices('开展集体协商，覆盖企业200家', vocab)).toEqual(['工资集体协商']);
  });

  it('lists each practice once, in the vocabulary order', () => {
    expect(proposePractices('建职工书屋；集体协商；再建职工书屋', vocab)).toEqual([
      '工资集体协商',
      '职工书屋',
    ]);
  });

  it('reads full-width and upper-case forms as the plain ones', () => {
    expect(proposePractices('“互联网＋”与杭工Ｅ家', vocab)).toEqual(['杭工e家', '互联网+']);
  });

  it('reads title, union, subtitle and body, but finds no phrase across two of them', () => {
    const text = practiceMatchText({ title: '职工', org: '书屋工会', subtitle: '集体协商' }, '正文');
    expect(proposePractices(text, vocab)).toEqual(['工资集体协商']);
  });

  it('proposes nothing for a text that names no practice', () => {
    expect(proposePractices('协商一致', vocab)).toEqual([]);
    expect(proposePractices('', vocab)).toEqual([]);
  });
});

describe('resolvePractices', () => {
  it('takes names or slugs, keeps the vocabulary order and reports unknown ones', () => {
    const r = resolvePractices(['workers-reading-rooms', '工资集体协商', '读书会'], vocab);
    expect(r.practices.map((p) => p.slug)).toEqual([
      'collective-wage-bargaining',
      'workers-reading-rooms',
    ]);
    expect(r.unknown).toEqual(['读书会']);
  });
});

describe('practiceVocabularySchema', () => {
  it('refuses a slug that is not ASCII and a phrase used by two practices', () => {
    expect(practiceVocabularySchema.safeParse([{ name: '职工书屋', slug: '书屋' }]).success).toBe(false);
    const twice = practiceVocabularySchema.safeParse([
      { name: '工资集体协商', slug: 'a', aliases: ['集体协商'] },
      { name: '集体协商', slug: 'b' },
    ]);
    expect(twice.success).toBe(false);
  });

  it('accepts the project vocabulary', async () => {
    const { readFileSync } = await import('node:fs');
    const { parse } = await import('yaml');
    const list = practiceVocabularySchema.parse(
      parse(readFileSync('src/data/practices.yaml', 'utf8')),
    );
    expect(list).toHaveLength(30);
  });
});
