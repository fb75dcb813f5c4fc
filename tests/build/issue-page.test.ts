/**
 * The issue page as printed: the English title and the colophon; 速写 lines
 * that name several pilots as one line with the page once and each pilot a
 * link; 重点报道 entries with union and title linked and kept apart. And the
 * /data/ field guide for the pilots file.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPage } from './helpers.ts';
import { hrefsIn, textOf } from './html-text.ts';

const html = readPage('/issues/2018-5-6/');
const lines = [...html.matchAll(/<li data-toc-line[^>]*>([\s\S]*?)<\/li>/g)].map((m) => {
  const page = textOf(/<span class="page"[^>]*>(.*?)<\/span>/.exec(m[1]!)?.[1] ?? '');
  const body = m[1]!.replace(/<span class="page"[^>]*>.*?<\/span>/, '');
  return { page, body, text: textOf(body), links: hrefsIn(body) };
});

/** The printed 目录's lines under 速写, straight from the seed: `- 35 下城区…、江干区…`. */
function printedSketchLines(): { page: string; names: string[] }[] {
  const seed = readFileSync('seeds/2018-5-6.txt', 'utf8');
  const toc = seed.slice(seed.indexOf('速写 :'), seed.indexOf('他山之石'));
  return [...toc.matchAll(/^- (\d+) (.+)$/gm)].map((m) => ({
    page: m[1]!.padStart(2, '0'),
    names: m[2]!.trim().split('、'),
  }));
}

describe('the 目录 as printed', () => {
  const printed = printedSketchLines();

  it('sets each 速写 line as printed: one line, its page once, each pilot a link', () => {
    const several = printed.filter((p) => p.names.length > 1);
    expect(several.length).toBeGreaterThan(20);
    for (const p of printed) {
      const matches = lines.filter((l) => l.page === p.page && l.text === p.names.join('、'));
      expect(matches, `${p.page} ${p.names.join('、')}`).toHaveLength(1);
      expect(matches[0]!.links, p.names.join('、')).toHaveLength(p.names.length);
      expect(new Set(matches[0]!.links).size).toBe(p.names.length);
    }
    const sketchPages = lines.filter((l) => Number(l.page) >= 30 && Number(l.page) <= 75).map((l) => l.page);
    expect(new Set(sketchPages).size).toBe(sketchPages.length);
  });

  it('links a 重点报道 entry’s union and title together, the two kept apart', () => {
    const feature = lines.filter((l) => /toc-subtitle/.test(l.body));
    expect(feature.length).toBeGreaterThanOrEqual(11);
    for (const l of feature) {
      const link = /<a [^>]*>([\s\S]*?)<\/a>/.exec(l.body)![1]!;
      expect(link).toMatch(/<span class="visually-hidden"[^>]*>：<\/span><span class="toc-subtitle"/);
      expect(textOf(link)).toMatch(/^\S.*：\S/);
    }
    expect(lines.find((l) => l.page === '10')?.text).toBe('杭州市下城区武林商圈工会：“杭州之心”的娘家情怀 / 洪菡婷');
  });
});

describe('the masthead and colophon', () => {
  it('shows the English title', () => {
    expect(html).toMatch(/<p class="english-title" lang="en"[^>]*>LABOUR MOVEMENT OF ZHEJIANG<\/p>/);
  });

  it('shows the colophon as printed, the printing permit under its name', () => {
    const dl = /<dl class="colophon"[^>]*>([\s\S]*?)<\/dl>/.exec(html)?.[1] ?? '';
    const rows = Object.fromEntries(
      [...dl.matchAll(/<dt[^>]*>(.*?)<\/dt>\s*<dd[^>]*>(.*?)<\/dd>/gs)].map((m) => [textOf(m[1]!), textOf(m[2]!)]),
    );
    expect(rows).toEqual({
      编辑出版: '浙江工运编辑室',
      地址: '杭州市保俶路85号',
      邮编: '310007',
      电话: '0571-85115144 0571-87672258',
      电子邮箱: 'zjgybjb@sina.com',
      印刷: '杭州嘉业印务有限公司',
      准印证号: '浙内准字第0022号',
    });
  });
});

describe('/data/', () => {
  it('describes the pilots file’s id as the pilot’s own id, and links the OAI-PMH file', () => {
    const data = readPage('/data/');
    const pilots = data.slice(data.indexOf('>pilots.json<'));
    const idNote = textOf(/<code[^>]*>id<\/code>\s*<\/td>\s*<td[^>]*>(.*?)<\/td>/s.exec(pilots)![1]!);
    expect(idNote).toContain('/pilots/<id>/');
    expect(idNote).not.toContain('期号/短名');
    expect(hrefsIn(data)).toContain('/data/oai-static.xml');
  });
});
