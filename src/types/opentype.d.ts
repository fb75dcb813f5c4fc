/** The part of opentype.js (2.x ships no types) that the social cards use. */
declare module 'opentype.js' {
  export interface Path {
    toPathData(decimals?: number): string;
  }
  export interface Glyph {
    advanceWidth?: number;
    getPath(x: number, y: number, fontSize: number): Path;
  }
  export interface Font {
    unitsPerEm: number;
    charToGlyph(ch: string): Glyph;
  }
  export function parse(buffer: ArrayBufferLike): Font;
  const opentype: { parse: typeof parse };
  export default opentype;
}
