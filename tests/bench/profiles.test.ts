import { describe, expect, it } from 'vitest';
import { moduleAt, moduleStarts, sampledBytes, scriptIdsOf, summarizeCpuProfile, type CpuProfile } from '../../scripts/bench/profiles';

describe('sampledBytes', () => {
  it('adds up the bytes of every node of a heap profile', () => {
    const head = {
      selfSize: 0,
      children: [
        { selfSize: 100, children: [{ selfSize: 20, children: [] }] },
        { selfSize: 3, children: [] },
      ],
    };
    expect(sampledBytes(head)).toBe(123);
  });
});

describe('moduleStarts and moduleAt', () => {
  const bundle = ['(() => {', '  // lib/text/whitespace.ts', '  var a = 1;', '  // node_modules/zod/v4/core/core.js', '  var b = 2;', '})();'].join('\n');

  it('finds the comment esbuild writes above each module', () => {
    expect(moduleStarts(bundle)).toEqual([
      { line: 1, file: 'lib/text/whitespace.ts' },
      { line: 3, file: 'zod/v4/core/core.js' },
    ]);
  });

  it('names the module a 0-based line of the bundle is in', () => {
    const starts = moduleStarts(bundle);
    expect(moduleAt(starts, 0)).toBe('');
    expect(moduleAt(starts, 2)).toBe('lib/text/whitespace.ts');
    expect(moduleAt(starts, 4)).toBe('zod/v4/core/core.js');
  });
});

describe('summarizeCpuProfile', () => {
  const frame = (functionName: string, scriptId: string, url: string, lineNumber = 0) => ({ functionName, scriptId, url, lineNumber });
  // 10 ms of profile, 10 hits: 1 ms a hit. Idle time is not busy time.
  const profile: CpuProfile = {
    startTime: 0,
    endTime: 10_000,
    nodes: [
      { id: 1, callFrame: frame('(root)', '0', ''), hitCount: 0 },
      { id: 2, callFrame: frame('(idle)', '0', ''), hitCount: 2 },
      { id: 3, callFrame: frame('bestName', '12', 'bench.js', 5), hitCount: 4 },
      // The same function, optimised: V8 leaves the URL out.
      { id: 4, callFrame: frame('bestName', '12', '', 5), hitCount: 2 },
      { id: 5, callFrame: frame('readBlocks', '12', 'bench.js', 9), hitCount: 1 },
      { id: 6, callFrame: frame('(garbage collector)', '0', ''), hitCount: 1 },
    ],
  };
  const bundle = scriptIdsOf(profile, 'bench.js');
  const summary = summarizeCpuProfile(profile, (call) =>
    bundle.has(call.scriptId) ? (call.lineNumber < 8 ? 'lib/segment/speakers.ts' : 'lib/page/blocks.ts') : '',
  );

  it('counts busy time only, and ranks functions by self time', () => {
    expect(summary.busyMs).toBeCloseTo(8, 9);
    expect(summary.functions.map((spot) => [spot.name, spot.file, spot.selfMs])).toEqual([
      ['bestName', 'lib/segment/speakers.ts', 6],
      ['readBlocks', 'lib/page/blocks.ts', 1],
      ['(garbage collector)', '', 1],
    ]);
    expect(summary.functions[0]!.share).toBeCloseTo(0.75, 9);
  });

  it('adds up self time by file, V8’s own entries by name', () => {
    expect(summary.files.map((spot) => spot.name)).toEqual(['lib/segment/speakers.ts', 'lib/page/blocks.ts', '(garbage collector)']);
  });
});
