/**
 * `node scripts/compare-builds.ts <distA> <distB>`: lists what differs between
 * two builds of the site, byte for byte (see `scripts/lib/compare-builds.ts`).
 */
import { main } from './lib/compare-builds.ts';

process.exitCode = main(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
});
