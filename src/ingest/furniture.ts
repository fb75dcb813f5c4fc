/**
 * Page furniture: marks that the PDF's layout left in the text and that are
 * not part of any article — page numbers set in bold (`**1**`), footnote-like
 * page marks (`^[1]`, `¹`), the end-of-article square (`■`, `**■**`) and the
 * stray `I` of a folio. They appear at the end of a paragraph or before a
 * byline; nothing else is ever removed from a line.
 */
const TRAILING =
  /(?:[ \u3000]*(?:\*\*[0-9IⅠ■]{1,3}\*\*|\^\[\d{1,3}\]|[¹²³]|■|(?<=[。！？”）)])[ \u3000]*I))+$/u;
const LEADING = /^(?:■|\*\*■\*\*)[ \u3000]*/u;

export interface FurnitureResult {
  text: string;
  /** What was removed, for the import report. */
  removed: string[];
}

/** Strips page furniture from one line; returns the line's text and what was taken off. */
export function stripFurniture(line: string): FurnitureResult {
  const removed: string[] = [];
  let text = line;
  const lead = LEADING.exec(text);
  if (lead) {
    removed.push(lead[0].trim());
    text = text.slice(lead[0].length);
  }
  const trail = TRAILING.exec(text);
  if (trail) {
    removed.push(trail[0].trim());
    text = text.slice(0, trail.index);
  }
  return { text: text.trimEnd(), removed };
}
