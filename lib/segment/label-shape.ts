import type { LabelMatch } from './labels';

/**
 * A label's shape: its words as runs of capitals and of small letters, its Hangul, Han or kana
 * as runs of so many characters (a name's length: "박미영:" and "정병국:" both "H3:", not the
 * "华夏经纬网讯:" of a news site's dateline among "陈斌华:"), its marks as written, and the sign
 * after it ("Т.ФЕЛЬГЕНГАУЭР:" and "М.ПОДОЛЯК:" both "A.A:", "CONLEY:" "A:").
 */
export function labelShape(label: LabelMatch): string {
  const at = label.raw.indexOf(label.text);
  const sign = at < 0 ? '' : label.raw.slice(at + label.text.length).trim();
  const words = label.text
    .replace(/\p{Lu}+/gu, 'A')
    .replace(/\p{Ll}+/gu, 'a')
    .replace(/\p{Script=Hangul}+/gu, (run) => `H${run.length}`)
    .replace(/\p{Script=Han}+/gu, (run) => `C${run.length}`)
    .replace(/[\p{Script=Hiragana}\p{Script=Katakana}ー]+/gu, (run) => `K${run.length}`)
    .replace(/\d+/gu, '9');
  return `${words}${sign}`;
}

/** One capitalised word and its colon: the shape of a sentence's opening too ("Zweitens:", "Plus:"). */
const SENTENCE_OPENING_SHAPE = /^Aa\W*$/u;

/**
 * An initial and a surname ("Т.ФЕЛЬГЕНГАУЭР:", "A. Kowalski:"): a radio show's host who opens it, once, before the
 * page's recurring labels; never a dateline's or a news site's tag ("华夏经纬网讯:", "MOSCOW:").
 */
const INITIAL_SHAPE = /^A\.\s?Aa?\W*$/u;

/** How many of the page's labels, recurring names, share a shape before it is the page's way of writing them. */
const PAGE_SHAPE_MIN = 2;

/**
 * A round table's, a radio show's or a student paper's transcript, where each guest or asker
 * speaks once and is labelled like the ones who speak again ("박미영: 특히나 …" among "정병국:",
 * "А.ПЛЮЩЕВ:" among "М.ПОДОЛЯК:"): a name written in the shape of the page's recurring labels is
 * a label, once or not, after the page's first label (before it, "华夏经纬网讯:" is a news site's
 * dateline), or before it where it is an initial and a surname (INITIAL_SHAPE). `accepted` holds the labels read so far; the rest of `candidates` are
 * read again.
 */
export function withPageShapedLabels(
  candidates: Array<LabelMatch | null>,
  accepted: Array<LabelMatch | null>,
  counts: ReadonlyMap<string, number>,
): Array<LabelMatch | null> {
  const shapes = new Map<string, number>();
  for (const label of accepted)
    if (label?.kind === 'named' && !label.dash && (counts.get(label.text.toLowerCase()) ?? 0) >= 2) {
      const shape = labelShape(label);
      shapes.set(shape, (shapes.get(shape) ?? 0) + 1);
    }
  const first = accepted.findIndex((label) => label !== null);
  return candidates.map((label, i) => {
    if (accepted[i] || !label || label.kind !== 'named' || label.dash || label.alone || label.rest === '') return accepted[i] ?? null;
    const shape = labelShape(label);
    if (i < first && !INITIAL_SHAPE.test(shape)) return null;
    return !SENTENCE_OPENING_SHAPE.test(shape) && (shapes.get(shape) ?? 0) >= PAGE_SHAPE_MIN ? label : null;
  });
}
