#!/usr/bin/env node
// The executable: hands the arguments to the CLI and exits with its code.
import { run } from './main.js';

process.exitCode = await run(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
});
