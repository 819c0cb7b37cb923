#!/usr/bin/env node
// The executable: hands the arguments to the CLI and exits with its code. For a full `dts build`, the PDF
// worker is started first, so it loads pdfkit and the fonts while this thread loads everything else.
const args = process.argv.slice(2);
if (args[0] === 'build' && !args.includes('--help') && !args.includes('-h')) {
  const { RenderWorker } = await import('../build/parallel.js');
  RenderWorker.prestart();
}
const { run } = await import('./main.js');

process.exitCode = await run(args, {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
});
