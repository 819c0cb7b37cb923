/* global process */
// Preloaded into a benchmarked `dts` process (node --import): at exit, appends the process's peak
// resident memory in kB to the file named by DTS_BENCH_RSS. Not part of dts itself.
import { appendFileSync } from 'node:fs';

const file = process.env.DTS_BENCH_RSS;
if (file) process.on('exit', () => appendFileSync(file, `${process.resourceUsage().maxRSS}\n`));
