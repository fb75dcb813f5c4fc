/**
 * The built site against the importer: every article has its page and its
 * record in /data/, and the published text is the imported text, character
 * for character.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIssue } from '../../src/ingest/import-issue.ts';
import { loadVocabularies } from '../../src/core/load-data.ts';
import { ARTICLE_FIELDS } from '../../src/lib/records.ts';
import { articles, readDist, readPage } from './helpers.ts';

const records = articles();

describe('/data/articles.json and .csv', () => {
  it('lists every article with the documented fields', () => {
    expect(records).toHaveLength(91);
    for (const r of records) expect(Object.keys(r)).toEqual([...ARTICLE_FIELDS]);
    expect(records.filter((r) => r.kind === 'pilot')).toHaveLength(83);
    expect(records.filter((r) => r.type === '特色小镇')).toHaveLength(36);
  });
  it('has the same records in CSV, without the text', () => {
    const csv = readDist('data/articles.csv')
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(csv[0]).toBe(
      ARTICLE_FIELDS.filter((f) => f !== 'text')
        .map((f) => `"${f}"`)
        .join(','),
    );
    expect(csv).toHaveLength(records.length + 1);
    // Row by row the same articles, in the same order (the id is the first cell).
    expect(csv.slice(1).map((row) => /^"([^"]*)"/.exec(row)?.[1])).toEqual(records.map((r) => r.id));
  });
  it('publishes each article body exactly as imported', () => {
    const imported = parseIssue(
      readFileSync('seeds/2018-5-6.txt'),
      'seeds/2018-5-6.txt',
      loadVocabularies(),
    );
    const byUrl = new Map(records.map((r) => [r.url, r]));
    expect(imported.articles).toHaveLength(records.length);
    for (const a of imported.articles) {
      const r = byUrl.get(`/issues/${imported.issueId}/${a.slug}/`);
      expect(r, a.slug).toBeDefined();
      const body = a.blocks.map((b) => (b.type === 'dated' ? b.date + b.text : b.text)).join('');
      // Every character, punctuation, digits and Latin included; only line breaks between paragraphs differ.
      const squeeze = (t: string) => t.replace(/\s+/gu, '');
      expect(squeeze(String(r!.text)), a.slug).toBe(squeeze(body));
    }
  });
});

describe('article pages', () => {
  it('exist for every record, in Chinese, titled', () => {
    for (const r of records) {
      const html = readPage(String(r.url));
      expect(html).toContain('<html lang="zh-CN"');
      expect(html).toMatch(/<h1[^>]*>/);
    }
  });
  it('are all in the sitemap', () => {
    const sitemap = readDist('sitemap-0.xml');
    for (const r of records) expect(sitemap).toContain(`${r.url}</loc>`);
  });
});

describe('pilots across issues', () => {
  const pilots = JSON.parse(readDist('data/pilots.json')) as {
    id: string;
    url: string;
    reports: number;
    name: string;
  }[];
  it('has one record and one page per pilot, listing its reports', () => {
    expect(pilots).toHaveLength(83);
    expect(pilots.reduce((n, p) => n + p.reports, 0)).toBe(83);
    for (const p of pilots) {
      const html = readPage(p.url);
      expect(html).toContain(p.name);
      expect(html).toMatch(/href="\/issues\/2018-5-6\/[a-z0-9-]+\/"/);
    }
  });
  it('is described field by field on /data/', () => {
    const html = readPage('/data/');
    for (const f of [...ARTICLE_FIELDS, 'aliases', 'firstIssue', 'confirmed'])
      expect(html).toContain(`<code>${f}</code>`);
  });
});
