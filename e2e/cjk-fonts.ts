/**
 * A CJK font for the test browser. Test machines (Debian with only DejaVu
 * and Liberation) have no Chinese font, so screenshots would show boxes and
 * label metrics would be a fallback's. The project already ships Noto Sans SC
 * (@fontsource/noto-sans-sc, for the social cards): its WOFF subsets are
 * unpacked to TrueType in a cache folder and handed to Chromium through a
 * fontconfig file. Only the test browser sees them; the site names no web font.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { woffToSfnt } from '../src/lib/social-card.ts';

const CACHE = resolve('node_modules/.cache/e2e-fonts');

/** Path of a fontconfig file that adds Noto Sans SC (regular and bold) to the system's fonts. */
export function cjkFontConfig(): string {
  const conf = join(CACHE, 'fonts.conf');
  if (existsSync(conf)) return conf;
  const require = createRequire(import.meta.url);
  const dir = join(dirname(require.resolve('@fontsource/noto-sans-sc/400.css')), 'files');
  mkdirSync(join(CACHE, 'ttf'), { recursive: true });
  for (const f of readdirSync(dir).filter((f) => /-(400|700)-normal\.woff$/.test(f)))
    writeFileSync(
      join(CACHE, 'ttf', f.replace(/\.woff$/, '.ttf')),
      woffToSfnt(readFileSync(join(dir, f))),
    );
  writeFileSync(
    conf,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>${join(CACHE, 'ttf')}</dir>
  <cachedir>${join(CACHE, 'fc')}</cachedir>
</fontconfig>
`,
  );
  return conf;
}
