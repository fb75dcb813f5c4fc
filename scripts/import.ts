/**
 * `npm run import -- seeds/<file>.txt [options]`: imports one issue's raw text
 * into `content/issues/<id>/` (see `scripts/lib/import-command.ts`, and the
 * README's "Publishing a back issue").
 */
import { main } from './lib/import-command.ts';

process.exitCode = await main(process.argv.slice(2));
