import type { PageLabels } from './corpus';
import type { PageScore } from './score';

/** Figures for a group of pages (a language, a publisher, a split, or all). */
interface GroupFigures {
  pages: number;
  transcripts: number;
  negatives: number;
  /** Detection precision and recall, 0 to 1 (1 when there is nothing to get wrong). */
  precision: number;
  recall: number;
  turns: number;
  /** Share of turns right, with extra segments counted against it. */
  turnAccuracy: number;
  leaks: number;
  title: number;
  date: number;
  language: number;
}

export interface EvalReport {
  overall: GroupFigures;
  splits: Record<'development' | 'unseen', GroupFigures>;
  byLanguage: Record<string, GroupFigures>;
  byPublisher: Record<string, GroupFigures>;
  pages: Array<PageScore & { publisher: string; language: string; split: 'development' | 'unseen' }>;
}

function figures(scores: PageScore[]): GroupFigures {
  const truePositive = scores.filter((s) => s.truth && s.detected).length;
  const falsePositive = scores.filter((s) => !s.truth && s.detected).length;
  const falseNegative = scores.filter((s) => s.truth && !s.detected).length;
  const transcripts = scores.filter((s) => s.truth);
  const turns = sum(transcripts.map((s) => s.turnsExpected));
  const denominator = sum(transcripts.map((s) => s.turnsExpected + s.turnsExtra));
  const share = (count: number, of: number) => (of === 0 ? 1 : count / of);
  return {
    pages: scores.length,
    transcripts: transcripts.length,
    negatives: scores.length - transcripts.length,
    precision: share(truePositive, truePositive + falsePositive),
    recall: share(truePositive, truePositive + falseNegative),
    turns,
    turnAccuracy: share(sum(transcripts.map((s) => s.turnsRight)), denominator),
    leaks: sum(scores.map((s) => s.leaks.length)),
    title: share(scores.filter((s) => s.titleRight === true).length, scores.filter((s) => s.titleRight !== null).length),
    date: share(scores.filter((s) => s.dateRight).length, scores.length),
    language: share(scores.filter((s) => s.languageRight).length, scores.length),
  };
}

export function buildReport(scored: Array<{ score: PageScore; labels: PageLabels; unseen: boolean }>): EvalReport {
  const group = (key: (entry: (typeof scored)[number]) => string) => {
    const groups = new Map<string, PageScore[]>();
    for (const entry of scored) groups.set(key(entry), [...(groups.get(key(entry)) ?? []), entry.score]);
    return Object.fromEntries([...groups].sort(([a], [b]) => a.localeCompare(b)).map(([name, scores]) => [name, figures(scores)]));
  };
  return {
    overall: figures(scored.map((entry) => entry.score)),
    splits: {
      development: figures(scored.filter((entry) => !entry.unseen).map((entry) => entry.score)),
      unseen: figures(scored.filter((entry) => entry.unseen).map((entry) => entry.score)),
    },
    byLanguage: group((entry) => entry.labels.language),
    byPublisher: group((entry) => entry.labels.publisher),
    pages: scored.map(({ score, labels, unseen }) => ({
      ...score,
      publisher: labels.publisher,
      language: labels.language,
      split: unseen ? 'unseen' : 'development',
    })),
  };
}

const COLUMNS = ['pages', 'pos', 'neg', 'det P', 'det R', 'turns', 'turns ok', 'leaks', 'title', 'date', 'lang'];

export function formatReport(report: EvalReport, verbose: boolean): string {
  const lines: string[] = [];
  const table = (heading: string, rows: Record<string, GroupFigures>) => {
    lines.push('', heading, row(['', ...COLUMNS]));
    for (const [name, f] of Object.entries(rows)) {
      lines.push(
        row([
          name,
          f.pages,
          f.transcripts,
          f.negatives,
          pct(f.precision),
          pct(f.recall),
          f.turns,
          pct(f.turnAccuracy),
          f.leaks,
          pct(f.title),
          pct(f.date),
          pct(f.language),
        ]),
      );
    }
  };
  table('Overall and by split', { overall: report.overall, ...report.splits });
  table('By language', report.byLanguage);
  table('By publisher', report.byPublisher);
  if (verbose) {
    lines.push('', 'Pages with a wrong verdict, wrong turns, leaks or metadata:');
    for (const page of report.pages) {
      const verdict = page.truth === page.detected ? '' : page.truth ? ' MISSED' : ' FALSE POSITIVE';
      const meta = [page.titleRight === false ? 'title' : '', page.dateRight ? '' : 'date', page.languageRight ? '' : 'language'].filter(Boolean);
      if (!verdict && page.misses.length === 0 && page.leaks.length === 0 && meta.length === 0) continue;
      lines.push(`- ${page.name}${verdict}${meta.length ? ` (wrong ${meta.join(', ')})` : ''} ${page.turnsRight}/${page.turnsExpected} turns`);
      for (const leak of page.leaks) lines.push(`    leak     “${leak}”`);
      for (const miss of page.misses) lines.push(`    ${miss}`);
    }
  }
  return lines.join('\n');
}

function row(cells: Array<string | number>): string {
  return cells.map((cell, i) => (i === 0 ? String(cell).padEnd(34) : String(cell).padStart(8))).join('');
}

function pct(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
