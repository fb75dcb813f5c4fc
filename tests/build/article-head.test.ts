/**
 * The article page as a journal sets it: labelled head fields, the GB/T 7714
 * reference of the online article with its 引用日期, and Dublin Core tags that
 * say what the Scholar tags say.
 */
import { fullWidthPunctuation as zh } from '../../src/lib/cjk-punctuation.ts';
import { describe, expect, it } from 'vitest';
import { listCities } from '../../src/lib/places.ts';
import { listPilotTypes } from '../../src/lib/taxonomy.ts';
import { articles, readPage } from './helpers.ts';
import { hrefsIn, metaValues, textOf } from './html-text.ts';

const records = articles();

/** The head's fields as label → [text, hrefs]. */
function headFields(html: string): Map<string, { text: string; hrefs: string[] }> {
  const dl = /<dl class="head-fields"[^>]*>([\s\S]*?)<\/dl>/.exec(html)?.[1] ?? '';
  const out = new Map<string, { text: string; hrefs: string[] }>();
  for (const m of dl.matchAll(/<dt[^>]*>(.*?)<\/dt>\s*<dd[^>]*>(.*?)<\/dd>/gs))
    out.set(textOf(m[1]!), { text: textOf(m[2]!), hrefs: hrefsIn(m[2]!) });
  return out;
}

describe('the head of every article', () => {
  const cities = new Map(listCities().map((c) => [c.name, c.slug]));
  const types = new Map(listPilotTypes().map((t) => [t.name, t.slug]));

  it('labels its fields: 作者, 单位, 栏目, 地区 (city linked), 类型, 页码, 期', () => {
    for (const r of records) {
      const f = headFields(readPage(String(r.url)));
      const where = String(r.url);
      expect(f.get('栏目')?.text, where).toContain(String(r.section));
      expect(f.get('期')?.text, where).toBe('2018年第5-6期（总第407、408期）');
      expect(f.get('期')?.hrefs, where).toEqual(['/issues/2018-5-6/']);
      // Shown with full-width punctuation in Chinese context, as the body is.
      if (r.byline) expect(f.get('作者')?.text, where).toBe(zh(String(r.byline)));
      if (r.org && r.org !== r.title) expect(f.get('单位')?.text, where).toBe(zh(String(r.org)));
      if (r.page !== null) expect(f.get('页码')?.text, where).toBe(`印刷版第 ${r.page} 页`);
      else expect(f.has('页码'), where).toBe(false);
      if (r.city) {
        expect(f.get('地区')?.text, where).toBe([r.city, r.county].filter(Boolean).join(' › '));
        expect(f.get('地区')?.hrefs[0], where).toBe(`/cities/${cities.get(String(r.city))}/`);
        if (r.county) expect(f.get('地区')?.hrefs[1], where).toMatch(/^\/cities\/[a-z]+\/[a-z0-9-]+\/$/);
      }
      if (r.type) expect(f.get('类型')?.hrefs, where).toEqual([`/types/${types.get(String(r.type))}/`]);
    }
  });
});

describe('the GB/T 7714-2015 reference', () => {
  it('is the online article form with page, 引用日期 and URL, in the body font', () => {
    for (const r of records) {
      const html = readPage(String(r.url));
      const section = /<section class="cite"[^>]*>([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
      expect(section, String(r.url)).not.toMatch(/<pre|<code/);
      const ref = textOf(/<p class="reference"[^>]*>([\s\S]*?)<\/p>/.exec(section)?.[1] ?? '');
      const authors = metaValues(html, 'citation_author');
      const who = authors.length > 3 ? `${authors.slice(0, 3).join(', ')}, 等. ` : authors.length ? `${authors.join(', ')}. ` : '';
      const title = r.subtitle ? `${r.title}——${r.subtitle}` : String(r.title);
      const page = r.page !== null ? `: ${r.page}` : '';
      const url = metaValues(html, 'citation_abstract_html_url')[0]!;
      expect(url.endsWith(String(r.url))).toBe(true);
      expect(ref, String(r.url)).toMatch(
        new RegExp(
          `^${escapeRe(`${who}${title}[J/OL]. 浙江工运, 2018(5-6)${page}`)}\\[\\d{4}-\\d{2}-\\d{2}\\]${escapeRe(`. ${url}.`)}$`,
        ),
      );
      // The 引用日期 is a machine-readable date the page's script can bring up to today.
      expect(section).toMatch(/<time datetime="\d{4}-\d{2}-\d{2}" data-cite-accessed/);
      // The place where the copy button announces itself exists before any script runs.
      expect(section).toMatch(/role="status" aria-live="polite"/);
    }
  });
});

describe('Dublin Core beside Google Scholar', () => {
  it('declares DC and says in DC.* what citation_* says', () => {
    for (const r of records) {
      const html = readPage(String(r.url));
      const at = String(r.url);
      expect(html).toContain('<link rel="schema.DC" href="http://purl.org/dc/elements/1.1/">');
      expect(metaValues(html, 'DC.title'), at).toEqual(metaValues(html, 'citation_title'));
      expect(metaValues(html, 'DC.creator'), at).toEqual(metaValues(html, 'citation_author'));
      expect(metaValues(html, 'DC.date'), at).toEqual(
        metaValues(html, 'citation_publication_date').map((d) => d.replace(/\//g, '-')),
      );
      expect(metaValues(html, 'DC.source'), at).toEqual(metaValues(html, 'citation_journal_title'));
      expect(metaValues(html, 'DC.language'), at).toEqual(metaValues(html, 'citation_language'));
      expect(metaValues(html, 'DC.identifier'), at).toEqual(metaValues(html, 'citation_abstract_html_url'));
      expect(metaValues(html, 'DC.type'), at).toEqual(['Text']);
      expect(metaValues(html, 'DC.format'), at).toEqual(['text/html']);
      expect(metaValues(html, 'DC.coverage'), at).toEqual(
        r.city ? [`浙江省${r.city}${r.county ?? ''}`] : [],
      );
    }
  });
});

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
