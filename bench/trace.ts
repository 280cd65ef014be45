/**
 * A Chrome trace of one page, and what in it the extension's content script is responsible for.
 *
 * Attribution uses the V8 sampling profiler carried in the trace (~0.1–0.2 ms between samples):
 * a sample counts as the extension's when any frame on its stack comes from the extension's
 * origin — so DOM calls the content script makes, and page handlers it triggers synchronously
 * (a click it dispatches), count — or when it falls inside the evaluation of the content script
 * itself (compile + top level). Work the page does later in reaction (React effects, layout on
 * the next frame) is not counted; the with/without A/B in main-thread.bench.ts bounds that.
 */
import type { CDPSession } from '@playwright/test';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) duration, µs. */
  tdur?: number;
  id?: string;
  args?: { name?: string; data?: Record<string, unknown> };
}

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
  'disabled-by-default-v8.cpu_profiler.hires',
  '__metadata',
];

export async function recordTrace<T>(cdp: CDPSession, during: () => Promise<T>): Promise<{ events: TraceEvent[]; result: T }> {
  const events: TraceEvent[] = [];
  // The protocol types trace events as string maps; they are JSON objects of this shape.
  const onData = (payload: { value: object[] }) => {
    events.push(...(payload.value as TraceEvent[]));
  };
  cdp.on('Tracing.dataCollected', onData);
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: CATEGORIES } });
  let result: T;
  try {
    result = await during();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', onData);
  }
  return { events, result };
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { url?: string; functionName: string };
}

export interface LongTask {
  startMs: number;
  durationMs: number;
  /** Extension-attributed time inside this task. */
  extensionMs: number;
}

export interface TraceAnalysis {
  /** Main-thread time in top-level tasks of the page's renderer. */
  busyMs: number;
  /** Sampled time with JavaScript on the stack (page and extension). */
  scriptMs: number;
  /** Sampled time attributed to the extension (see the file comment). */
  extensionMs: number;
  /** Thread (CPU) time of the content script's own evaluation (compile + top level), from
   *  EvaluateScript; wall time would include the thread being descheduled on a busy machine. */
  extensionEvaluateMs: number;
  longTasks: LongTask[];
  sampleIntervalMs: number;
}

const NON_SCRIPT = new Set(['(root)', '(program)', '(idle)', '(garbage collector)']);

export function analyseTrace(events: TraceEvent[], pageOrigin: string, extensionOrigin: string | null): TraceAnalysis {
  // The page's renderer: from the navigation's commit, or (page loaded before tracing) from the
  // frames listed when tracing started.
  type Frame = { url?: string; processId?: number; isOutermostMainFrame?: boolean };
  const frames: Frame[] = events.flatMap((e) => {
    if (e.name === 'FrameCommittedInBrowser') return [e.args?.data as Frame];
    if (e.name === 'TracingStartedInBrowser') return ((e.args?.data as { frames?: Frame[] })?.frames ?? []);
    return [];
  });
  const pid = Number(frames.filter((f) => f?.isOutermostMainFrame && String(f.url).startsWith(pageOrigin)).at(-1)?.processId);
  const main = events.find((e) => e.name === 'thread_name' && e.pid === pid && e.args?.name === 'CrRendererMain');
  if (!main) throw new Error(`No renderer main thread for ${pageOrigin} in the trace`);
  const tid = main.tid;
  const onMain = (e: TraceEvent) => e.pid === pid && e.tid === tid;

  // Top-level tasks (RunTask can nest under a nested run loop; count each instant once).
  const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && onMain(e)).sort((a, b) => a.ts - b.ts);
  const topLevel: TraceEvent[] = [];
  for (const task of tasks) {
    const last = topLevel.at(-1);
    if (last && task.ts < last.ts + last.dur!) continue;
    topLevel.push(task);
  }

  const isExtensionUrl = (url: unknown) => extensionOrigin !== null && typeof url === 'string' && url.startsWith(extensionOrigin);
  const evaluations = events.filter((e) => e.name === 'EvaluateScript' && e.ph === 'X' && onMain(e) && isExtensionUrl(e.args?.data?.url));

  // The sampling profile of that thread: Profile (start time) + ProfileChunks (nodes, samples, deltas).
  const profile = events.find((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid);
  const nodes = new Map<number, ProfileNode>();
  const samples: Array<{ t: number; node: number }> = [];
  if (profile) {
    let t = Number((profile.args?.data as { startTime?: number } | undefined)?.startTime ?? 0);
    for (const chunk of events.filter((e) => e.name === 'ProfileChunk' && e.pid === pid && e.id === profile.id)) {
      const data = chunk.args?.data as { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] };
      for (const node of data.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
      const ids = data.cpuProfile?.samples ?? [];
      const deltas = data.timeDeltas ?? [];
      ids.forEach((node, i) => {
        t += deltas[i] ?? 0;
        samples.push({ t, node });
      });
    }
  }
  const extensionNode = new Map<number, boolean>();
  const classify = (id: number, memo: Map<number, boolean>, test: (n: ProfileNode) => boolean): boolean => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const node = nodes.get(id);
    const value = !!node && (test(node) || (node.parent !== undefined && classify(node.parent, memo, test)));
    memo.set(id, value);
    return value;
  };
  const inEvaluation = (t: number) => evaluations.some((e) => t >= e.ts && t <= e.ts + e.dur!);

  let extensionUs = 0;
  let scriptUs = 0;
  const extensionSamples: Array<{ t: number; us: number }> = [];
  for (let i = 0; i + 1 < samples.length; i++) {
    const { t, node } = samples[i]!;
    // A sample stands for the time until the next one; a gap means the thread was not running JS.
    const us = Math.min(samples[i + 1]!.t - t, 2000);
    const leaf = nodes.get(node)?.callFrame.functionName ?? '(idle)';
    // (program), (idle) and (garbage collector) hang off the root; anything else is script.
    const extension = classify(node, extensionNode, (n) => isExtensionUrl(n.callFrame.url)) || (leaf !== '(idle)' && inEvaluation(t));
    if (!NON_SCRIPT.has(leaf)) scriptUs += us;
    if (extension) {
      extensionUs += us;
      extensionSamples.push({ t, us });
    }
  }
  const deltas = samples.slice(1).map((s, i) => s.t - samples[i]!.t).filter((d) => d > 0 && d < 2000).sort((a, b) => a - b);

  const longTasks = topLevel
    .filter((task) => task.dur! >= 50_000)
    .map((task) => ({
      startMs: task.ts / 1000,
      durationMs: task.dur! / 1000,
      extensionMs: extensionSamples.filter((s) => s.t >= task.ts && s.t <= task.ts + task.dur!).reduce((sum, s) => sum + s.us, 0) / 1000,
    }));

  return {
    busyMs: topLevel.reduce((sum, task) => sum + task.dur!, 0) / 1000,
    scriptMs: scriptUs / 1000,
    extensionMs: extensionUs / 1000,
    extensionEvaluateMs: evaluations.reduce((sum, e) => sum + (e.tdur ?? e.dur!), 0) / 1000,
    longTasks,
    sampleIntervalMs: (deltas[Math.floor(deltas.length / 2)] ?? 0) / 1000,
  };
}

/** A long task the extension caused: at least half of it is the extension's, or without its
 *  share it would not have been long. (Which code a task ran first is no guide: React's root
 *  listeners run before the panel's own on a click in the panel, and an extension observer can
 *  open a frame whose layout belongs to the page.) */
export const causedByExtension = (task: LongTask): boolean => task.extensionMs >= task.durationMs / 2 || task.durationMs - task.extensionMs < 50;
