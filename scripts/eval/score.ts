import { sameSurname } from '../../lib/segment/speakers';
import type { ExtractionResult, Segment } from '../../lib/transcript-schema';
import type { CorpusPage, ExpectedTurn } from './corpus';

/**
 * How the engine did on one corpus page, against the page's hand-read labels.
 *
 * A turn is right when the engine has a segment whose text starts with the turn's first
 * words (a leading dash or quote allowed), of the same kind, by the same speaker (compared
 * loosely: "Lavrov" is "Sergey Lavrov", "法新社" is "法新社记者"), with the same number of
 * paragraphs. Segments that match no expected turn (furniture read as a turn, a turn cut in
 * two) count against the page: accuracy is right / (expected + extra).
 */
export interface PageScore {
  name: string;
  truth: boolean;
  detected: boolean;
  turnsExpected: number;
  turnsRight: number;
  turnsExtra: number;
  /** Boilerplate strings found in the output's turns or headings. */
  leaks: string[];
  /** Null when the labels give no title (the stored copy began below the headline). */
  titleRight: boolean | null;
  dateRight: boolean;
  languageRight: boolean;
  /** One line per wrong turn, for reading why. */
  misses: string[];
}

export function scorePage(page: CorpusPage, result: ExtractionResult, forcedResult: ExtractionResult): PageScore {
  const labels = page.labels;
  const transcript = result.transcript;
  const segments = result.detected && transcript ? transcript.segments : [];
  const turns = labels.transcript ? scoreTurns(labels.turns, segments) : { right: 0, extra: 0, misses: [] };
  const output = transcript && result.detected ? [...transcript.headings.map((h) => h.text), ...segments.flatMap((s) => s.paragraphs)].map(normalize) : [];
  const leaks = labels.boilerplate.filter((text) => {
    const needle = normalize(text);
    return needle !== '' && output.some((paragraph) => paragraph.includes(needle));
  });
  // Metadata is scored on the forced reading ("Extract anyway"), apart from detection.
  const forced = forcedResult.transcript;
  return {
    name: page.name,
    truth: labels.transcript,
    detected: result.detected,
    turnsExpected: labels.transcript ? labels.turns.length : 0,
    turnsRight: turns.right,
    turnsExtra: turns.extra,
    leaks,
    titleRight: labels.title === '' ? null : forced ? normalize(forced.title) === normalize(labels.title) : false,
    dateRight: forced ? forced.date === labels.date : labels.date === null,
    languageRight: forced ? forced.language === labels.language : false,
    misses: turns.misses,
  };
}

interface TurnScore {
  right: number;
  extra: number;
  misses: string[];
}

export function scoreTurns(expected: ExpectedTurn[], segments: Segment[]): TurnScore {
  const texts = segments.map((segment) => normalize(segment.paragraphs.join(' ')));
  const used = new Set<number>();
  let from = 0;
  let right = 0;
  const misses: string[] = [];
  for (const turn of expected) {
    const start = normalize(turn.start);
    let found = -1;
    for (let i = from; i < texts.length; i += 1) {
      if (startsWithin(texts[i]!, start)) {
        found = i;
        break;
      }
    }
    if (found === -1) {
      misses.push(`missing  ${turn.kind} ${turn.speaker ?? '—'}: “${turn.start}”`);
      continue;
    }
    used.add(found);
    from = found + 1;
    const segment = segments[found]!;
    const problems: string[] = [];
    if (segment.kind !== turn.kind) problems.push(`kind ${segment.kind}`);
    if (!sameSpeaker(turn.speaker, segment.speaker)) problems.push(`speaker ${segment.speaker ?? '—'}`);
    if (segment.paragraphs.length !== turn.paragraphs) problems.push(`${segment.paragraphs.length} paragraphs, not ${turn.paragraphs}`);
    if (problems.length === 0) right += 1;
    else misses.push(`wrong    ${turn.kind} ${turn.speaker ?? '—'}: “${turn.start}” → ${problems.join(', ')}`);
  }
  const extras = segments.map((segment, i) => ({ segment, i })).filter(({ i }) => !used.has(i));
  for (const { segment } of extras) misses.push(`extra    ${segment.kind} ${segment.speaker ?? '—'}: “${segment.paragraphs.join(' ').slice(0, 60)}”`);
  return { right, extra: extras.length, misses };
}

/**
 * The turn's first words at the start of a segment's text, after at most a dash or a quote. The
 * labels' own opening dash is no word either: "– Det føles godt." is the turn "Det føles godt.",
 * which the engine may give with its dash or without.
 */
function startsWithin(text: string, start: string): boolean {
  const words = start.replace(OPENING_DASH, '') || start;
  const at = text.indexOf(words);
  return at >= 0 && at <= 3;
}

const OPENING_DASH = /^[-–—]\s?/u;

const HONORIFIC = /^(?:mr|ms|mrs|dr|shri|smt|h\.?e|sir|г-н|г-жа)\.?$/u;

/** Whether a speaker as labelled and as the engine named them are one person. */
export function sameSpeaker(expected: string | null, actual: string | null): boolean {
  if (expected === null || actual === null) return expected === actual;
  const a = normalize(expected).toLowerCase();
  const b = normalize(actual).toLowerCase();
  if (a === b || (Math.min(a.length, b.length) >= 2 && (a.includes(b) || b.includes(a)))) return true;
  if (withoutCjkSpaces(a) === withoutCjkSpaces(b)) return true;
  const words = (text: string) => text.split(/[\s.,:()·・]+/u).filter((word) => word.length >= 3 && !HONORIFIC.test(word));
  const left = new Set(words(a));
  return words(b).some((word) => left.has(word) || [...left].some((other) => sameSurname(word, other)));
}

function normalize(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** Japanese may space a surname from a given name, or not: "伊原 純一" is "伊原純一". */
function withoutCjkSpaces(text: string): string {
  return text.replace(/(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]) (?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])/gu, '');
}
