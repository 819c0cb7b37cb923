// DTS_TIMINGS=1: a timeline of a build on standard error, to see where the time goes and which thread waits
// for which. Times are milliseconds since the process started, on one clock for both threads.

export interface Span {
  readonly label: string;
  readonly thread: 'main' | 'worker';
  readonly from: number;
  readonly to: number;
}

export const timingsWanted = (): boolean => Boolean(process.env.DTS_TIMINGS);

/** Now, in epoch milliseconds (sub-millisecond), comparable between threads. */
export const clock = (): number => performance.timeOrigin + performance.now();

const spans: Span[] = [];

/** Which thread this is, for its spans: the render worker says so as it starts (render-worker.ts). */
let thread: Span['thread'] = 'main';
export function nameThisThread(name: Span['thread']): void {
  thread = name;
}

export function span(label: string, from: number, to = clock()): Span {
  const s: Span = { label, thread, from, to };
  spans.push(s);
  return s;
}

export function addSpans(more: readonly Span[]): void {
  spans.push(...more);
}

/** The timeline, relative to when this process started (the main thread's time origin). */
export function formatTimings(origin: number): string {
  const rows = [...spans].sort((a, b) => a.from - b.from);
  const ms = (t: number) => String(Math.round(t - origin)).padStart(5);
  return [
    'timings (ms since the process started):',
    ...rows.map((s) => `${ms(s.from)} – ${ms(s.to)}  ${s.thread.padEnd(6)} ${s.label}`),
  ].join('\n');
}
