#!/usr/bin/env node
// The executable: hands the arguments to the CLI and exits with its code. For a full `dts build`, the PDF
// worker is started first, so it loads pdfkit and the fonts while this thread loads everything else.
const args = process.argv.slice(2);
// Fonts, their metrics and hyphenation patterns are read from the installed package; zlib, hashing, paths,
// hyphen and pdfkit are Node's (src/platform/).
const { installPlatform } = await import('../platform/platform.js');
installPlatform((await import('../platform/node-platform.js')).nodePlatform());
const { installAssets } = await import('../workspace/assets.js');
installAssets((await import('../workspace/node-assets.js')).nodeAssets());
if (args[0] === 'build' && !args.includes('--help') && !args.includes('-h')) {
  // Whether the selection has a PDF comes from the registry (each artefact's thread).
  const [{ RenderWorker }, { selectsPdf }] = await Promise.all([
    import('../build/render-thread.js'),
    import('../build/artefacts.js'),
  ]);
  // `--only x,y` or `--only=x,y`; a misread only starts (or skips) the worker early, build() decides.
  const at = args.findIndex((a) => a === '--only' || a.startsWith('--only='));
  const only = at < 0 ? undefined : (args[at]!.slice('--only='.length) || (args[at + 1] ?? '')).split(',');
  if (selectsPdf(only?.map((a) => a.trim()))) RenderWorker.prestart();
}
const { run } = await import('./main.js');

// A reader that stops early (`dts check | head`) closes the pipe: the command still finishes (a build
// still writes its output), its further lines go nowhere, and there is no stack trace.
const closed = new Set<NodeJS.WriteStream>();
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    closed.add(stream);
  });
}
const write = (stream: NodeJS.WriteStream, text: string) => {
  if (!closed.has(stream)) stream.write(`${text}\n`);
};

process.exitCode = await run(args, {
  out: (text) => write(process.stdout, text),
  err: (text) => write(process.stderr, text),
});
