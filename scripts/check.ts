/**
 * `npm run check [-- <content dir>]`: validates all content without building
 * (see `scripts/lib/check-command.ts`).
 */
import { main } from './lib/check-command.ts';

process.exitCode = main(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
});
