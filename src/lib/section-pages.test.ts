import { describe, expect, it } from 'vitest';
import type { Archive, Article, Issue } from './content.ts';
import { sectionPages } from './section-pages.ts';

const article = (sectionKey: string) => ({ data: { sectionKey } }) as unknown as Article;

describe('sectionPages', () => {
  it('makes a page for each section that has articles, at its slug, with the issues labelled', () => {
    const archive = {
      issues: [{ id: '2018-5-6', data: { label: '2018年第5、6期' } } as unknown as Issue],
      articles: [article('sketch'), article('foreword'), article('sketch')],
    } as unknown as Archive;
    const pages = sectionPages(archive);
    expect(pages.map((p) => [p.params.section, p.props.view.articles.length])).toEqual([
      ['foreword', 1],
      ['sketches', 2],
    ]);
    expect(pages[0]!.props.labels.get('2018-5-6')).toBe('2018年第5、6期');
  });
});
