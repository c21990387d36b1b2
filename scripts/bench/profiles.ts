/**
 * Reading V8's profiles, as the DevTools protocol returns them: the bytes a sampling heap
 * profile saw allocated, and the functions a CPU profile saw running. Pure.
 */

/** A node of `HeapProfiler.stopSampling`'s profile (the fields read here). */
export interface HeapProfileNode {
  selfSize: number;
  children: HeapProfileNode[];
}

/** A node of `Profiler.stop`'s profile (the fields read here). */
export interface CallFrame {
  functionName: string;
  scriptId: string;
  url: string;
  /** 0-based. */
  lineNumber: number;
}

interface CpuProfileNode {
  id: number;
  callFrame: CallFrame;
  hitCount?: number;
}

export interface CpuProfile {
  nodes: CpuProfileNode[];
  /** Microseconds. */
  startTime: number;
  endTime: number;
}

/** Bytes allocated in the sampling period (V8 scales each sample up to an estimate of all). */
export function sampledBytes(head: HeapProfileNode): number {
  let bytes = 0;
  const stack = [head];
  while (stack.length > 0) {
    const node = stack.pop()!;
    bytes += node.selfSize;
    stack.push(...node.children);
  }
  return bytes;
}

/** Where each module of an unminified esbuild bundle starts: esbuild writes `// lib/extract.ts` above it. */
export interface ModuleStart {
  /** 0-based, as the DevTools protocol counts lines. */
  line: number;
  file: string;
}

export function moduleStarts(bundle: string): ModuleStart[] {
  const starts: ModuleStart[] = [];
  bundle.split('\n').forEach((text, line) => {
    const file = /^\s*\/\/ (\S+\.[cm]?[jt]sx?)$/.exec(text)?.[1];
    if (file) starts.push({ line, file: file.replace(/^node_modules\//, '') });
  });
  return starts;
}

/** The module that holds a 0-based line of the bundle ('' before the first). */
export function moduleAt(starts: readonly ModuleStart[], line: number): string {
  let file = '';
  for (const start of starts) {
    if (start.line > line) break;
    file = start.file;
  }
  return file;
}

interface HotSpot {
  /** A function's name, or a file, or one of V8's own entries: (garbage collector), (program). */
  name: string;
  file: string;
  selfMs: number;
  /** Share of the profile's busy time (idle excluded), 0 to 1. */
  share: number;
}

export interface ProfileSummary {
  busyMs: number;
  functions: HotSpot[];
  files: HotSpot[];
}

/**
 * The scripts a profile names `url`. V8 leaves the URL out of some frames (optimised code),
 * so frames are told by script id, and the ids are found from the frames that have the URL.
 */
export function scriptIdsOf(profile: CpuProfile, url: string): Set<string> {
  return new Set(profile.nodes.filter((node) => node.callFrame.url === url).map((node) => node.callFrame.scriptId));
}

/**
 * The functions, and the files, that the samples most often caught running (self time).
 * `fileOf` names the file of a frame ('' for V8's own entries and the browser's functions).
 */
export function summarizeCpuProfile(profile: CpuProfile, fileOf: (frame: CallFrame) => string, top = 12): ProfileSummary {
  const hits = profile.nodes.reduce((sum, node) => sum + (node.hitCount ?? 0), 0);
  const msPerHit = hits === 0 ? 0 : (profile.endTime - profile.startTime) / 1000 / hits;
  const byFunction = new Map<string, HotSpot>();
  const byFile = new Map<string, HotSpot>();
  let busyMs = 0;
  for (const node of profile.nodes) {
    const { functionName } = node.callFrame;
    if (functionName === '(idle)' || !node.hitCount) continue;
    const selfMs = node.hitCount * msPerHit;
    busyMs += selfMs;
    const name = functionName || '(anonymous)';
    const file = fileOf(node.callFrame);
    add(byFunction, `${name}\u0000${file}`, { name, file, selfMs, share: 0 });
    add(byFile, file || name, { name: file || name, file, selfMs, share: 0 });
  }
  const rank = (spots: Map<string, HotSpot>) =>
    [...spots.values()]
      .sort((a, b) => b.selfMs - a.selfMs)
      .slice(0, top)
      .map((spot) => ({ ...spot, share: busyMs === 0 ? 0 : spot.selfMs / busyMs }));
  return { busyMs, functions: rank(byFunction), files: rank(byFile) };
}

function add(spots: Map<string, HotSpot>, key: string, spot: HotSpot): void {
  const known = spots.get(key);
  if (known) known.selfMs += spot.selfMs;
  else spots.set(key, spot);
}
