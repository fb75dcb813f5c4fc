/**
 * The OAI-PMH static repository as a gateway would read it: well-formed XML,
 * Identify and the oai_dc format, one record per article with a unique
 * identifier and the Dublin Core elements a harvester needs.
 */
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, it } from 'vitest';
import { articles, readDist } from './helpers.ts';

const xml = readDist('data/oai-static.xml');
const doc = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  isArray: (name) => name === 'oai:record' || name.startsWith('dc:'),
}).parse(xml);

describe('/data/oai-static.xml', () => {
  it('is well-formed XML without characters XML forbids', () => {
    expect(SyntaxValidator.validate(xml)).toBe(true);
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
  });

  it('is a static repository: Identify, ListMetadataFormats (oai_dc), ListRecords', () => {
    const repo = doc.Repository;
    expect(repo['@_xmlns']).toBe('http://www.openarchives.org/OAI/2.0/static-repository');
    expect(repo.Identify['oai:protocolVersion']).toBe('2.0');
    expect(repo.Identify['oai:granularity']).toBe('YYYY-MM-DD');
    expect(repo.Identify['oai:baseURL']).toMatch(/^https?:\/\/.+\/data\/oai-static\.xml$/);
    expect(repo.Identify['oai:adminEmail']).toMatch(/@/);
    expect(repo.ListMetadataFormats['oai:metadataFormat']['oai:metadataPrefix']).toBe('oai_dc');
    expect(repo.ListRecords['@_metadataPrefix']).toBe('oai_dc');
  });

  it('holds one oai_dc record per article, identifiers unique, with title, date, identifier, language', () => {
    const records = doc.Repository.ListRecords['oai:record'] as Record<string, any>[];
    const all = articles();
    expect(records).toHaveLength(all.length);
    const ids = records.map((r) => r['oai:header']['oai:identifier']);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^oai:[a-z0-9.-]+:[a-z0-9-]+\/[a-z0-9-]+$/);
    const urls = new Set<string>();
    for (const r of records) {
      expect(r['oai:header']['oai:datestamp']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const dc = r['oai:metadata']['oai_dc:dc'];
      expect(dc['@_xmlns:oai_dc']).toBe('http://www.openarchives.org/OAI/2.0/oai_dc/');
      expect(dc['@_xmlns:dc']).toBe('http://purl.org/dc/elements/1.1/');
      for (const el of ['dc:title', 'dc:date', 'dc:identifier', 'dc:language', 'dc:type', 'dc:source'])
        expect(dc[el]?.length, `${el} in ${r['oai:header']['oai:identifier']}`).toBeGreaterThan(0);
      urls.add(new URL(dc['dc:identifier'][0]).pathname);
    }
    expect([...urls].sort()).toEqual(all.map((a) => String(a.url)).sort());
  });
});
