import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, it } from 'vitest';
import { buildStaticRepository, cleanXmlText, type StaticRepository } from './oai-static.ts';

const repo: StaticRepository = {
  repositoryName: '《浙江工运》数字档案',
  baseURL: 'http://gateway.example.org/oai/archive.example.org/data/oai-static.xml',
  adminEmail: 'editor@example.org',
  records: [
    {
      identifier: 'oai:archive.example.org:2018-5-6/b',
      datestamp: '2018-12-10',
      dc: { title: ['“杭州之心”的娘家情怀 & <更多>'], creator: ['王艳', '潘仙德'], language: ['zh'] },
    },
    {
      identifier: 'oai:archive.example.org:2018-3-4/a',
      datestamp: '2018-08-01',
      dc: { title: ['bad\u0001control\uFFFE'], identifier: ['https://archive.example.org/a/'] },
    },
  ],
};

const parse = (xml: string) =>
  new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: (name) => ['oai:record', 'dc:creator'].includes(name) }).parse(xml);

describe('buildStaticRepository', () => {
  const xml = buildStaticRepository(repo);

  it('writes well-formed XML in the static-repository namespace', () => {
    expect(SyntaxValidator.validate(xml)).toBe(true);
    // The validator does refuse what is not XML.
    expect(() => SyntaxValidator.validate('<a><b></a>')).toThrow();
    const doc = parse(xml);
    expect(doc.Repository['@_xmlns']).toBe('http://www.openarchives.org/OAI/2.0/static-repository');
    expect(doc.Repository.Identify['oai:protocolVersion']).toBe('2.0');
    expect(doc.Repository.Identify['oai:earliestDatestamp']).toBe('2018-08-01');
    expect(doc.Repository.ListMetadataFormats['oai:metadataFormat']['oai:metadataPrefix']).toBe('oai_dc');
    expect(doc.Repository.ListRecords['@_metadataPrefix']).toBe('oai_dc');
  });

  it('holds one oai_dc record per input, escaping text and repeating elements', () => {
    const records = parse(xml).Repository.ListRecords['oai:record'];
    expect(records).toHaveLength(2);
    const dc = records[0]['oai:metadata']['oai_dc:dc'];
    expect(dc['@_xmlns:dc']).toBe('http://purl.org/dc/elements/1.1/');
    expect(xml).toContain('<dc:title>“杭州之心”的娘家情怀 &amp; &lt;更多&gt;</dc:title>');
    expect(dc['dc:title']).toBe('“杭州之心”的娘家情怀 & <更多>');
    expect(dc['dc:creator']).toEqual(['王艳', '潘仙德']);
  });

  it('leaves out characters XML forbids', () => {
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    expect(xml).toContain('<dc:title>badcontrol</dc:title>');
  });
});

describe('cleanXmlText', () => {
  it('keeps tab, line ends and paired surrogates, drops the rest', () => {
    expect(cleanXmlText('a\tb\nc\rd\u0000e\u001Ff𠀀g\uD800h')).toBe('a\tb\nc\rdef𠀀gh');
  });
});
