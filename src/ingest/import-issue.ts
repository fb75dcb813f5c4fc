import { buildBlocks, countBigrams, toPieces, type Piece, type RepairLog } from './body.ts';
import { pilotTier, placePilot } from './classify.ts';
import { decodeSeed, toLines } from './decode.ts';
import { checkFidelity, type FidelityResult } from './fidelity.ts';
import { cityByName, findPlaces } from './gazetteer.ts';
import { parseHead } from './head.ts';
import type { Vocabularies } from './load-data.ts';
import { applyLabel, parseCover, parseLabel } from './masthead.ts';
import { slugify, slugifyName, uniqueSlug } from './slug.ts';
import { parseToc } from './toc.ts';
import { segmentIssue } from './segment.ts';
import {
  ImportError,
  type ImportIssue,
  type Masthead,
  type ParsedArticle,
  type SourceLine,
  type TocEntry,
} from './types.ts';
import { stripFurniture } from './furniture.ts';
import type { IssueOverrides } from './overrides.ts';
import { withIssueSections } from './vocabulary.ts';
import { joinSplitHeading } from './split-heading.ts';
import { loadVolumes, typePilot } from './volume.ts';
import { askForType, checkStatedCounts, resolveVolume } from './volume-step.ts';
import type { TypeCountCheck } from './type-counts.ts';

/** An article as the importer proposes it: parsed, classified, named. */
export interface ImportedArticle extends ParsedArticle {
  slug: string;
  /** The pilot's identity across issues (content/pilots.yaml), set by the import command. */
  pilot?: string;
  city?: string;
  county?: string;
  type?: string;
  tier?: string;
  /** Why the importer placed and typed a pilot as it did. */
  rules?: { place: string; type: string };
  /** Text from the seed, in order, for the fidelity check. */
  segments: { text: string; lines: number[] }[];
}

export interface ImportReport {
  file: string;
  encoding: string;
  issueId: string;
  tocEntries: number;
  matched: number;
  unmatched: { line: number; text: string; section: string }[];
  articles: number;
  pilots: number;
  /** Lines of the article regions that no article took. */
  unassigned: { line: number; text: string }[];
  furniture: { line: number; text: string }[];
  joins: RepairLog['joins'];
  colophonLines: number[];
  fidelity: FidelityResult;
  /** Pilot counts per type as the 综述 states them for this volume, when it does. */
  statedTypeCounts?: Record<string, number>;
  /** The 综述's counts, this volume's and the province's, compared like with like. */
  typeCounts?: TypeCountCheck;
  /** What the archivist must supply, with the exact lines to write: the report says it first. */
  asks?: string[];
  issues: ImportIssue[];
}

export interface ImportResult {
  issueId: string;
  masthead: Masthead;
  toc: {
    section: string;
    sectionKey: string;
    note?: string;
    cityGroup?: string;
    page?: number;
    text: string;
    subtitle?: string;
    author?: string;
    slug?: string;
  }[];
  articles: ImportedArticle[];
  report: ImportReport;
}

/** Turns a seed's bytes into an issue: the whole pipeline, without touching the disk. */
export function importIssue(
  bytes: Uint8Array,
  file: string,
  baseVocab: Vocabularies,
  overrides: IssueOverrides = {},
): ImportResult {
  const { text, encoding } = decodeSeed(bytes, file);
  const vocab: Vocabularies = {
    ...baseVocab,
    sections: withIssueSections(baseVocab.sections, overrides.sections),
  };
  const raw = toLines(text);
  const issues: ImportIssue[] = [];
  const furniture: ImportReport['furniture'] = [];
  const lines: SourceLine[] = raw.map((l) => {
    const r = stripFurniture(l.text);
    if (r.removed.length) furniture.push({ line: l.no, text: r.removed.join(' ') });
    return { no: l.no, text: r.text };
  });

  const { masthead, end: coverEnd } = parseCover(lines, file);
  applyOverrides(masthead, overrides, file);
  const volumes = loadVolumes(baseVocab.pilotTypes);
  const vol = resolveVolume(
    masthead.volumeTitle,
    lines.map((l) => l.text),
    baseVocab.pilotTypes,
    volumes,
    overrides.pilotTypes,
    file,
  );
  vocab.pilotTypes = vol.typing.types;
  // A volume told from the 综述 or its counts completes the title the cover lacked.
  const known = vol.recognition.volume;
  if (known && !masthead.volumeTitle?.includes(known.title))
    masthead.volumeTitle = known.volumeTitle;
  const asks = [...vol.asks];
  issues.push(...vol.issues);
  const isCity = (s: string) => cityByName(s.trim(), vocab.gazetteer)?.name === s.trim();
  const parsed = parseToc(lines, coverEnd, masthead, vocab.sections, isCity);
  if (!parsed || parsed.toc.entries.length === 0) {
    throw new ImportError({
      file,
      line: parsed?.toc.start ?? coverEnd + 1,
      message: parsed
        ? 'the 目录 lists no entries (lines like “06 标题” with a page number)'
        : 'no table of contents (a line “目录”) after the cover',
      hint: 'the importer finds articles through the TOC; check the extraction kept the 目录 page',
    });
  }
  const { toc, imprintLines } = parsed;
  const issueFile = file.replace(/\.[^./]+$/, '.yaml');
  const needed = (what: string, field: string, line: number) =>
    issues.push({
      level: 'warning',
      file,
      line,
      message: `${what} not found in the text`,
      hint: `give \`${field}:\` in ${issueFile}`,
    });
  if (!masthead.date)
    needed('publication date (a line like “2018 年 12 月 10 日出版”)', 'date', toc.start);
  if (!masthead.totals.length) needed('running number (总第…期)', 'totals', 1);
  if (!masthead.volumeTitle) needed('volume title', 'volumeTitle', 1);
  for (const sec of toc.sections.filter((x) => !vocab.sections.byName(x.name))) {
    issues.push({
      level: 'warning',
      file,
      line: sec.line,
      message: `section “${sec.name}” is not a known section: its articles are imported as kind “article”`,
      hint: `add it to src/data/sections.yaml, or under \`sections:\` in ${issueFile}`,
    });
  }
  if (!toc.entries.some((e) => e.page !== undefined))
    issues.push({
      level: 'warning',
      file,
      line: toc.start,
      message: 'the 目录 has no page numbers: articles get no `page`',
    });
  const seg = segmentIssue(lines, toc, coverEnd, masthead, file);
  const { starts, unmatched, colophonLines, unassigned, pre, post } = seg;
  issues.push(...seg.issues);

  const allText = [...pre, ...post].map((i) => lines[i]!.text);
  const bigrams = countBigrams(allText);
  const joins: RepairLog['joins'] = [];
  const articles: ImportedArticle[] = [];
  const taken = new Set<string>();
  let newsCount = 0;
  starts.forEach((s, k) => {
    const next = starts[k + 1];
    const end = Math.min(s.regionEnd, next && next.index < s.regionEnd ? next.index : s.regionEnd);
    const entry = s.entry;
    const sectionDef = entry
      ? vocab.sections.byName(entry.section.name)
      : vocab.sections.byKey('news');
    const kind = entry ? entry.section.kind : 'news';
    const orgFirst = kind === 'pilot' && !!entry && looksLikeOrg(entry.text, vocab);
    const pieces: Piece[] = joinSplitHeading(toPieces(lines.slice(s.index, end)), {
      kind,
      ...(entry ? { entry } : {}),
      kickerPieces: s.kickerPieces,
      anchoredOnSection: s.anchored,
      orgFirst,
    }).pieces;
    const head = parseHead(pieces, {
      kind,
      ...(entry ? { entry } : {}),
      kickerPieces: s.kickerPieces,
      anchoredOnSection: s.anchored,
      orgFirst,
    });
    const blocks = buildBlocks(head.rest, bigrams, { joins });
    const order = articles.length + 1;
    const section = entry?.section.name ?? sectionDef?.name ?? '要闻';
    const a: ImportedArticle = {
      kind,
      sectionKey: entry?.section.key ?? 'news',
      section,
      order,
      title: head.title ?? entry?.text ?? '',
      ...(entry && entry.text !== head.title && kind !== 'pilot' ? { tocTitle: entry.text } : {}),
      ...(entry && kind === 'pilot' ? { tocTitle: entry.text } : {}),
      ...(head.org ? { org: head.org } : {}),
      ...(head.subtitle ? { subtitle: head.subtitle } : {}),
      ...(head.kicker ? { kicker: head.kicker } : {}),
      ...(head.byline ? { byline: head.byline } : {}),
      ...(head.source ? { source: head.source } : {}),
      ...(head.date ? { date: head.date } : {}),
      ...(entry?.page !== undefined ? { page: entry.page } : {}),
      ...(entry?.cityGroup ? { cityGroup: entry.cityGroup } : {}),
      blocks,
      lines: pieces.flatMap((p) => p.lines),
      line: lines[s.index]!.no,
      ...(entry ? { tocEntry: entry } : {}),
      slug: '',
      segments: [
        ...head.segments,
        ...blocks.map((b) => ({
          text: b.type === 'dated' ? b.date + b.text : b.text,
          lines: b.lines,
        })),
      ],
    };
    if (kind === 'pilot' && entry) {
      // The pilot's names — TOC line and organisation — not the article's title ("绘就楼宇…").
      const names = [...new Set([entry.text, head.org ?? ''].filter(Boolean))];
      const place = placePilot(names, entry.cityGroup, vocab.gazetteer);
      const type = typePilot(names, vol.typing);
      const tier = pilotTier(entry.section.note, sectionDef?.tier);
      if (place.city) a.city = place.city;
      if (place.county) a.county = place.county;
      if (type.type) a.type = type.type;
      else {
        const ask = askForType(entry.text, a.line, vol.typing, file);
        issues.push(ask.issue);
        asks.push(...ask.ask);
      }
      if (tier) a.tier = tier;
      a.rules = { place: place.rule, type: type.rule };
      if (!place.county) {
        issues.push({
          level: 'warning',
          file,
          line: a.line,
          message: `no county for pilot “${entry.text}” (${place.rule})`,
          hint: 'set `county:` in its frontmatter',
        });
      }
    }
    if (
      entry?.author &&
      head.byline &&
      !head.byline.names.join(' ').includes(entry.author.split(/\s+/u)[0] ?? '')
    ) {
      issues.push({
        level: 'warning',
        file,
        line: a.line,
        message: `byline “${head.byline.raw}” differs from the TOC's author “${entry.author}”`,
        hint: 'kept as printed in the body; correct by hand if it is a misprint',
      });
    }
    if (kind === 'news') newsCount++;
    a.slug = uniqueSlug(slugFor(a, entry, newsCount, vocab), taken);
    if (!a.blocks.length && kind !== 'news') {
      issues.push({
        level: 'warning',
        file,
        line: a.line,
        message: `“${a.title}” has no body text`,
        hint: 'check the seed around this line',
      });
    }
    articles.push(a);
  });

  // Fidelity: the article regions' text against what the articles hold.
  const articleLineNos = new Set(articles.flatMap((a) => a.lines));
  const expected: string[] = [];
  for (const i of [...pre, ...post]) {
    const l = lines[i]!;
    if (colophonLines.includes(l.no) || imprintLines.includes(l.no)) continue;
    if (!l.text.trim()) continue;
    expected.push(l.text);
    if (!articleLineNos.has(l.no) && !unassigned.some((u) => u.line === l.no))
      unassigned.push({ line: l.no, text: l.text.trim() });
  }
  const fidelity = checkFidelity(
    expected,
    articles.flatMap((a) => a.segments.map((s) => s.text)),
  );
  if (!fidelity.ok) {
    issues.push({
      level: 'error',
      file,
      line: 0,
      message: `fidelity: ${fidelity.placed} of ${fidelity.expected} Han characters placed; first difference at ${fidelity.firstDifference?.offset}: expected “${fidelity.firstDifference?.expected}”, placed “${fidelity.firstDifference?.placed}”`,
    });
  }
  for (const u of unassigned) {
    issues.push({
      level: 'warning',
      file,
      line: u.line,
      message: `text not assigned to any article: “${u.text.slice(0, 40)}”`,
    });
  }

  const issueId = masthead.label.replace('/', '-');
  const overview = articles.find((a) => a.kind === 'overview');
  const typeCounts = checkStatedCounts(
    overview?.blocks.map((b) => b.text).join(''),
    vol.typing,
    volumes,
    articles
      .filter((a) => a.kind === 'pilot')
      .map((a) => ({ name: a.tocEntry?.text ?? a.title, type: a.type })),
  );
  const statedTypeCounts =
    typeCounts && Object.keys(typeCounts.volume).length ? typeCounts.volume : undefined;
  return {
    issueId,
    masthead,
    toc: toc.entries.map((e) => {
      const a = articles.find((x) => x.tocEntry === e);
      return {
        section: e.section.name,
        sectionKey: e.section.key,
        ...(e.section.note ? { note: e.section.note } : {}),
        ...(e.cityGroup ? { cityGroup: e.cityGroup } : {}),
        ...(e.page !== undefined ? { page: e.page } : {}),
        text: e.text,
        ...(e.subtitle ? { subtitle: e.subtitle } : {}),
        ...(e.author ? { author: e.author } : {}),
        ...(a ? { slug: a.slug } : {}),
      };
    }),
    articles,
    report: {
      file,
      encoding,
      issueId,
      tocEntries: toc.entries.length,
      matched: toc.entries.length - unmatched.length,
      unmatched,
      articles: articles.length,
      pilots: articles.filter((a) => a.kind === 'pilot').length,
      unassigned,
      furniture,
      joins,
      colophonLines,
      fidelity,
      ...(statedTypeCounts ? { statedTypeCounts } : {}),
      ...(typeCounts ? { typeCounts } : {}),
      ...(asks.length ? { asks } : {}),
      issues,
    },
  };
}

/** Organisation-first TOC entries start with a place (杭州市下城区…, 浦江…); title-first ones do not. */
function looksLikeOrg(text: string, vocab: Vocabularies): boolean {
  const g = vocab.gazetteer;
  return [...findPlaces(text, g, 'city'), ...findPlaces(text, g, 'county')].some(
    (p) => p.index === 0,
  );
}

function slugFor(
  a: ImportedArticle,
  entry: TocEntry | undefined,
  newsNo: number,
  vocab: Vocabularies,
): string {
  if (a.kind === 'news') return `news-${newsNo}`;
  const single = vocab.sections.byKey(a.sectionKey);
  const sameSection = entry ? entry.section : undefined;
  if (
    a.kind !== 'pilot' &&
    single &&
    sameSection &&
    ['editorial', 'overview', 'chronicle', 'afterword'].includes(a.kind)
  )
    return single.slug;
  if (a.kind === 'pilot' && entry) {
    // The pilot's name without its prefecture city and its union's suffix:
    // the URL stays short and readable, and the county stays in it.
    const g = vocab.gazetteer;
    const name = (
      a.org && a.org !== a.title && !looksLikeOrg(entry.text, vocab) ? a.org : entry.text
    )
      .replace(new RegExp(`^(?:${g.cities.map((c) => c.name).join('|')})`, 'u'), '')
      .replace(/(?:工会联合委员会|工会联合会|联合工会|总工会|工会小组|工会委员会|工会)$/u, '');
    const words = [...vocab.slugWords, ...g.counties.flatMap((c) => [c.name, c.short ?? ''])];
    return slugifyName(name, words);
  }
  return slugify(a.title);
}

function applyOverrides(m: Masthead, o: IssueOverrides, file: string): void {
  if (o.label) {
    const l = parseLabel(o.label);
    if (!l)
      throw new ImportError({
        file,
        line: 0,
        message: `issue file: label “${o.label}” is not like 2018/5-6`,
      });
    applyLabel(m, l);
  }
  if (o.totals) m.totals = o.totals;
  if (o.date) m.date = o.date;
  if (o.volumeTitle) m.volumeTitle = o.volumeTitle;
}
