import type { Block } from '../page/blocks';
import { QUESTIONS_HEADING, SEPARATOR } from '../page/boilerplate';
import type { Heading, TranscriptKind } from '../transcript-schema';
import {
  BOLD_QUESTION_MAX,
  BOLD_SENTENCE_END,
  BOLD_SENTENCES_MIN,
  matchLabel,
  PLAIN_QUESTION_MAX,
  PLAIN_QUESTIONS_MIN,
  QUESTION_MIN,
  SAYS_OPENING,
  type LabelKind,
  type LabelMatch,
} from './labels';
import { CJK_NAME, MARKED_QUESTION, readLabel } from './label-reading';
import { withPageShapedLabels } from './label-shape';
import { spellsInitials } from './initials-label';
import { namesInTitle, titlePosition } from './title-names';
import { readSpeaker, sameSurname } from './speakers';
import { GREETING, ROOM_GREETING, WELCOME } from '../text/register';
import { ASKS, ASKS_FOR_ONESELF, ENDS_ASKING, FAQ_QUESTION } from '../text/asking';
import { CJK_JOURNALIST, isRoleWord, MODERATOR, OUTLET } from '../vocabulary/name-words';

/**
 * Step 4a: paragraphs into turns. A turn starts at a label, at a topic heading or at a
 * "* * *" break; unlabelled paragraphs continue the turn they follow. Who speaks each turn
 * is settled afterwards (speaker-roles.ts), once every label of the page has been seen.
 */
export interface RawTurn {
  label: LabelMatch | null;
  /** An unlabelled turn that follows a heading or a break: the previous speaker goes on. */
  continuation: boolean;
  /** A bold paragraph with no label that asks something (older Chinese MFA pages, press interviews). */
  boldQuestion: boolean;
  /** An unlabelled turn right after an unlabelled bold question: the interviewee answers. */
  afterQuestion?: boolean;
  /** A labelled question set wholly in bold ("<b>Câu 1: Xin Đại sứ cho biết …</b>"): the plain paragraph after it answers, question mark or not. */
  boldAsked?: boolean;
  /** An editor's lead before the transcript: spoken by no one (speaker-roles.ts decides). */
  editorial?: boolean;
  section: string | null;
  paragraphs: string[];
}

/** A line that stops on a function word was cut off mid-sentence ("The URL is"), not a heading. */
const ENDS_MID_SENTENCE = /\s(?:is|are|was|were|the|[aивс]|an|of|to|and|or|at|by|for|in|on|with|that|на|по|что)$/iu;

/** A word and a comma, then lower case: a sentence's opening ("Naturalmente, tomamos …", "Well, we …"), not a topic's. */
const OPENS_SENTENCE = /^[\p{L}’'-]{1,20}, \p{Ll}/u;

/** The marks that open a topic line in Japanese and Korean minutes. */
const TOPIC_MARK = /^[○◯●■◆□◇]/u;

/** The longest a bold or plain line may be and still be read as a topic heading. */
const HEADING_MAX_CHARS = 300;

/** The longest line after a topic's circle read as a topic heading (Japanese minutes: "○冒頭発言"), a third of the above. */
const MARKED_TOPIC_MAX = 100;

export interface TurnSplit {
  turns: RawTurn[];
  headings: Heading[];
  /** Short lines before the first turn that are no one's words ("Press Release", "최연충 주우루과이대사 / 2011.9.22"): they may still name the speaker. */
  strayLines?: string[];
}

/** Fewer than one dash in this many asks in a speech that opens its paragraphs on dashes (its rhetorical questions). */
const SPEECH_DASHES_ASKING = 4;

export function splitTurns(written: Block[], kind: TranscriptKind, title = ''): TurnSplit {
  const paragraphs = kind === 'remarks' || kind === 'statement' ? written : italicQuestionsAsBold(written);
  const pairedQuestions = new Set<Block>();
  // One is as often a speech's rhetorical question ("<b>Why does this matter?</b> Because …").
  const gluedQuestions = new Set(paragraphs.filter(isGluedQuestion));
  const glued = gluedQuestions.size >= GLUED_QUESTIONS_MIN || (gluedQuestions.size === 1 && kind !== 'remarks' && kind !== 'statement');
  const blocks = unpairDashTurns(
    unpairMarkedQuestions(
      glued ? paragraphs.flatMap((block) => (gluedQuestions.has(block) ? unglueBoldQuestion(block) : [block])) : paragraphs,
      pairedQuestions,
    ),
    pairedQuestions,
  );
  const labels = withoutDateline(
    blocks.map((block) => (block.heading ? null : readLabel(block.text, block.boldPrefix))),
    blocks,
  );
  const accepted = plainQuestions(askedBeforeAnswers(acceptLabels(labels, blocks, title), blocks, title), blocks, kind);
  // A speech that opens its paragraphs on a dash, as France's older transcripts of the President's
  // speeches do ("– Vous avez retrouvé, avec la souveraineté …"): no dialogue, where the title names a
  // speech, no other label stands and hardly a dash asks.
  const dashed = accepted.filter((label) => label?.dash);
  if (
    (kind === 'remarks' || kind === 'statement') &&
    dashed.length > 0 &&
    accepted.every((label) => label === null || label.dash) &&
    dashed.filter((label) => ASKS.test(label!.rest)).length * SPEECH_DASHES_ASKING < dashed.length
  )
    accepted.forEach((label, i) => {
      if (label?.dash) accepted[i] = null;
    });
  // Press interviews set every question in bold: once two bold paragraphs ask, or three bold
  // sentences stand between plain ones, the others are questions too.
  const boldQuestions = blocks.filter((block, i) => !accepted[i] && block.wholeBold && ENDS_ASKING.test(block.text)).length;
  const boldSentences = blocks.filter((block, i) => !accepted[i] && !block.heading && block.wholeBold && BOLD_SENTENCE_END.test(block.text)).length;
  const unlabelled = accepted.every((label) => label === null);
  // A news site's interview that sets its questions as subheadings and labels an answer or two
  // with the guest's name ("<h3>Welcher Tipp …?</h3>", "Norbert Riedel: Ja, wunderbar.").
  const oneAnswerer =
    new Set(accepted.map((label) => (label === null ? '' : label.kind === 'named' ? label.text.toLowerCase() : '?'))).size <= 2 &&
    !accepted.some((label) => label && label.kind !== 'named');
  const askingHeadings = blocks.filter((block) => block.heading && ENDS_ASKING.test(block.text)).length;
  // The guest's label answers a subheading that asks: a speech labelled once at its start ("PRIME MINISTER:")
  // keeps its subheadings ("Why does energy matter?") as topics.
  const firstAsking = blocks.findIndex((block) => block.heading && ENDS_ASKING.test(block.text));
  const firstLabel = accepted.findIndex((label) => label !== null);
  const headingsAsk =
    unlabelled ||
    (oneAnswerer && askingHeadings >= HEADING_QUESTIONS_MIN && firstAsking >= 0 && firstLabel > firstAsking && kind !== 'remarks' && kind !== 'statement');
  // Interviews that mark only the questions with a dash ("―외무장관에 발탁된 소감은…." then 『…』,
  // "--まず、メルボルンの印象は?" then the answer): no dash ever follows a dash.
  const dashes = accepted.flatMap((label, i) => (label?.dash ? [i] : []));
  // Others mark only the answers ("Với trọng trách mới ông sẽ lưu ý … Biển Đông?" then "- Chủ quyền luôn …"):
  // every dash follows a plain paragraph that asks, which is the question, a bold one, or a subheading that asks
  // (a news site's "<h2>¿Cómo un niño … llega a ser cónsul?</h2>" then "—Tras mucho esfuerzo …").
  // Not where the dashes ask themselves: then the subheadings head topics and the dashes are the
  // journalist's ("<h2>Санкции работают?</h2>" then "— Петр Николаевич, как санкции …?").
  const dashesAsk = dashes.filter((i) => ASKS.test(accepted[i]!.rest)).length * 2 > dashes.length;
  // A press interview's question in bold may put a statement to the guest rather than ask
  // ("<b>México ha movido a Latinoamérica a la izquierda.</b>" then "—Vamos a una posición …"); not a
  // bold line that names who speaks next ("<b>Ilkka Räisänen, Ambassador of Finland</b>" then "- I am here …").
  const asksOrBold = (block: Block) => ENDS_ASKING.test(block.text) || (block.wholeBold && !block.heading && BOLD_SENTENCE_END.test(block.text));
  const dashAnswers =
    dashes.length >= DASH_QUESTIONS_MIN &&
    dashes.every((i) => i > 0 && accepted[i - 1] === null && (!blocks[i - 1]!.heading || !dashesAsk) && asksOrBold(blocks[i - 1]!));
  if (dashAnswers) for (const i of dashes) accepted[i - 1] = UNLABELLED_QUESTION;
  // The last dash may end the text: a page, or its stored copy, cut after a question.
  // Not where most dashes come before a question in bold: those dashes answer ("- Nie wiem…" then
  // "<b>• Zatem wojsko?</b>"); an answer's rhetorical question in bold now and then asks nothing.
  const boldAfterDash = dashes.filter((i) => blocks[i + 1] !== undefined && asksInBold(blocks[i + 1]!)).length;
  const dashAsks =
    !dashAnswers &&
    dashes.length >= DASH_QUESTIONS_MIN &&
    boldAfterDash * 2 <= dashes.length &&
    dashes.every((i, k) => (blocks[i + 1] !== undefined && accepted[i + 1] === null) || (k > 0 && i === blocks.length - 1));
  // A book's or a paper's stenogram names the guest alone on his line over each answer, and sets the
  // journalists' questions in dashes under no label ("С. Лавров:" then "— Видел." then "— А сами
  // можете сплясать?"): where those unowned dashes ask more often than the owned ones, they ask.
  const ownedDash = (i: number) => i > 0 && accepted[i - 1]?.kind === 'named' && accepted[i - 1]!.rest === '';
  const owned = dashes.filter(ownedDash);
  const unowned = dashes.filter((i) => !ownedDash(i));
  const askShare = (indices: number[]) => indices.filter((i) => ASKS.test(accepted[i]!.rest)).length / Math.max(1, indices.length);
  // One guest owns his dashes, and each unowned dash follows one of them: not a host and a guest
  // who each own their first dash and then talk on in bare dashes ("Д. Киселев:", "С. Лавров:").
  const ownerNames = new Set(owned.map((i) => accepted[i - 1]!.text.toLowerCase()));
  const unownedDashesAsk =
    !dashAsks &&
    owned.length >= DASH_QUESTIONS_MIN &&
    unowned.length >= DASH_QUESTIONS_MIN &&
    ownerNames.size === 1 &&
    unowned.every((i) => owned.includes(i - 1)) &&
    askShare(unowned) > askShare(owned);
  // Who opens a dialogue in dashes: the interviewer where the turns in even places ask more often
  // than those in odd places ("– Mr. Deputy Prime Minister, … Thank you for joining us." then
  // "– My pleasure." then "– You're here in part to celebrate …?"), not only where the first asks.
  // Places count from each run of dash turns: another label between two dashes ("- Ignazio Cassis:") starts a new run.
  const asked = [0, 0];
  let place = 0;
  dashes.forEach((i, k) => {
    const previous = dashes[k - 1];
    place = previous !== undefined && accepted.slice(previous + 1, i).every((between) => between === null) ? place + 1 : 0;
    if (ASKS.test(accepted[i]!.rest)) asked[place % 2]! += 1;
  });
  const interviewerOpens = dashes.length >= DIALOGUE_PARITY_MIN ? asked[0]! > asked[1]! : null;
  // Where the first turn opens: the first label, else the first question in bold (a news site's
  // interview), else, on a page of one voice, its first paragraph that is more than a stray line.
  // A bold sentence on a page that sets three or more so: an interview's question, before the main loop reads it as one.
  const isBoldSentence = (block: Block) => boldSentences >= BOLD_SENTENCES_MIN && BOLD_SENTENCE_END.test(block.text);
  const firstBoldQuestion =
    firstLabel >= 0
      ? -1
      : blocks.findIndex(
          (block, i) => accepted[i] === UNLABELLED_QUESTION || (!block.heading && isBoldQuestion(block, boldQuestions, boldSentences) && isBoldSentence(block)),
        );
  // A short line in bold that ends on a colon is a title's line too ("‘Peace and security through preventive diplomacy: ").
  // So is a form's field that no label took ("Transcript ID: 21032").
  const opensNothing = (block: Block, i: number) =>
    block.heading || (accepted[i] === null && fieldShaped(labels[i])) || isStrayLine(block.wholeBold ? block.text.replace(/[:：]\s*$/u, '') : block.text);
  const firstTurn = firstLabel >= 0 ? firstLabel : firstBoldQuestion >= 0 ? firstBoldQuestion : blocks.findIndex((block, i) => !opensNothing(block, i));
  // Where no answer carries a label (only askers and outlets do), an outlet's question is answered unlabelled.
  const outletsAsk = accepted.every(
    (label) => label === null || label.kind === 'question' || label.asks === true || (label.kind === 'named' && OUTLET.test(label.text)),
  );
  // A press interview that sets its questions in bold and opens its answers' paragraphs on dashes.
  const boldAsking = !dashAsks && !unownedDashesAsk && boldQuestions >= BOLD_QUESTIONS_MIN;
  const asker = ['briefing', 'press-conference', 'remarks', 'statement'].includes(kind) ? null : soleAsker(accepted);
  const askerTurns = accepted.filter((label) => label !== null && label.text.toLowerCase() === asker).length;
  // The label after each paragraph, found once from the end: a briefing has hundreds of paragraphs.
  const nextLabels: Array<LabelMatch | undefined> = [];
  for (let i = accepted.length - 1, after: LabelMatch | undefined; i >= 0; i -= 1) {
    nextLabels[i] = after;
    after = accepted[i] ?? after;
  }
  const turns: RawTurn[] = [];
  const headings: Heading[] = [];
  const strayLines: string[] = [];
  let current: RawTurn | null = null;
  let pendingLabel: RawTurn | null = null;
  let section: string | null = null;

  blocks.forEach((block, i) => {
    // A label alone on its line owns the next paragraph, though it asks right before an answer's
    // label ("緑:" then "デンマ−クに来られて、…でしょうか?" then "大使:"): it is the label's question.
    if (accepted[i] === UNLABELLED_QUESTION && pendingLabel) {
      pendingLabel.paragraphs.push(block.text);
      current = pendingLabel;
      pendingLabel = null;
      return;
    }
    if (accepted[i] === UNLABELLED_QUESTION) {
      current = { label: null, continuation: false, boldQuestion: true, section, paragraphs: [block.text] };
      turns.push(current);
      pendingLabel = null;
      return;
    }
    const label = accepted[i] ?? null;
    // A label alone on its line owns the next paragraph, its opening dash too ("Андрей Баранов:" then "– Полтора года …").
    if (pendingLabel && label?.dash) {
      pendingLabel.paragraphs.push(label.rest);
      current = pendingLabel;
      pendingLabel = null;
      return;
    }
    if (pendingLabel && !label) {
      // A label alone on its line owns the next paragraph, whatever it looks like (a chat's verb of saying dropped).
      pendingLabel.paragraphs.push(block.text.replace(SAYS_OPENING, ''));
      current = pendingLabel;
      pendingLabel = null;
      return;
    }
    if (!label && SEPARATOR.test(block.text)) {
      current = null;
      return;
    }
    // A bold sentence of an interview is a question before it is a short bold heading.
    // A subheading that asks is a question only on a page with no labels, or with its guest's
    // alone (a news site's interview): among others' labelled turns it heads a topic ("ТАК БУДЕТ
    // ЛИ ТРЕТЬЯ МИРОВАЯ?").
    const boldQuestion = !label && (!block.heading || headingsAsk) && isBoldQuestion(block, boldQuestions, boldSentences);
    // The text may stop inside a question (a page or its stored copy cut after its first screen:
    // "¿Qué tie", "U heeft nog wel tijd over om vee"): a bold line that ends the text mid-sentence
    // heads nothing; on a page that sets its questions in bold, it is the next one.
    const cutQuestion =
      !label && i === blocks.length - 1 && (block.wholeBold || block.heading) && turns.some((turn) => turn.boldQuestion) && isCutOff(block.text);
    if ((boldQuestion && (block.heading || isBoldSentence(block))) || cutQuestion) {
      current = { label: null, continuation: false, boldQuestion: true, section, paragraphs: [block.text] };
      turns.push(current);
      return;
    }
    // A form's field that no label took is furniture wherever it stands ("Transcript ID: 21032", under a first field that
    // reads as a turn). Before the first turn, a short line that ends no sentence is the page's furniture ("Press
    // Release", "CORTES GENERALES", "John Kerry", "着任インタビュー", "Card image cap"), not an editor's
    // lead; a line a mark opens heads a topic ("○冒頭発言"), and an address opens a speech ("Mr President").
    if (
      !label &&
      (fieldShaped(labels[i]) || (turns.length === 0 && i < firstTurn && !block.heading && !SECTION_MARK.test(block.text) && isStrayLine(block.text)))
    ) {
      strayLines.push(block.text);
      return;
    }
    // A plain line that ends the text heads nothing: a paragraph the stored copy cut off ("Back in 2022,
    // two days after Russia’s invasion, members of the G7 and the E"), not a briefing's topic.
    // Of a sentence's length, and stopped on a letter: not a footer's "… | HR-Net (…)", nor "(了)" or a widget's "J’aime".
    const endsText =
      i === blocks.length - 1 &&
      !block.heading &&
      !block.wholeBold &&
      block.text.length >= CUT_PARAGRAPH_MIN &&
      /\p{L}$/u.test(block.text) &&
      !block.text.includes('|') &&
      !isEditorsNote(block.text);
    if (!label && !endsText && isHeading(block, kind)) {
      section = block.text;
      headings.push({ text: block.text, segment: turns.length });
      current = null;
      return;
    }
    // Under questions in bold, a dash opens each paragraph the guest says, not each turn
    // ("<b>Hvad hørte du …?</b>" then "- Vi deler …" and "- Vi kan se …"): the answer goes on.
    if (label?.dash && boldAsking && !block.wholeBold && current?.label?.dash && current.label.kind === 'answer') {
      current.paragraphs.push(label.rest);
      return;
    }
    if (label) {
      const turn: RawTurn = {
        label: label.dash
          ? dashAsks || unownedDashesAsk
            ? { ...label, kind: 'question' }
            : dashTurnLabel(label, block, turns.at(-1), pairedQuestions, interviewerOpens)
          : label,
        continuation: false,
        boldQuestion: false,
        section,
        paragraphs: [],
      };
      // A question set wholly in bold, under a question word or an asker's name ("Karl : Quel a été
      // votre cursus ?", a school's interview): the plain paragraph after it answers.
      const asks = turn.label?.kind === 'question' || (turn.label?.kind === 'named' && ENDS_ASKING.test(label.rest));
      if (asks && block.wholeBold && label.rest !== '') turn.boldAsked = true;
      if (label.rest !== '') turn.paragraphs.push(label.rest);
      pendingLabel = label.rest === '' ? turn : null;
      turns.push(turn);
      current = turn;
      return;
    }
    if (boldQuestion) {
      current = { label: null, continuation: false, boldQuestion: true, section, paragraphs: [block.text] };
      turns.push(current);
      return;
    }
    const boldAnswered = current?.boldAsked === true && !block.wholeBold;
    // The question before has asked (its last paragraph asks): what follows is its answer, read once here.
    // The labelled interviewer may put a statement to the guest rather than ask ("Lidovky.cz: Váš krok se
    // ale může jevit jako opožděná reakce …."): on a page of three or more of its questions, the paragraph
    // after its one-paragraph turn that does not ask is the guest's answer too.
    const statedToGuest =
      asker !== null &&
      askerTurns >= STATED_QUESTIONS_MIN &&
      current?.label?.text.toLowerCase() === asker &&
      current.paragraphs.length === 1 &&
      !ASKS.test(block.text);
    const asked = current !== null && (asksAndIsAnswered(current, outletsAsk, asker) || statedToGuest);
    // A paragraph that asks again goes on with the question ("Q: …についてお聞きします。" then
    // "…お聞かせください。" twice before "A:"): an answer does not end asking.
    // An answer's own dash opens it, though it asks back ("- Vi skal i hvert fald være sikre …?").
    // Only where the answer carries its label ("A:"): where answers stand unlabelled after "Question:",
    // an answer may end on a rhetorical question ("Who would have expected that two years ago?").
    const asksAgain = asked && ENDS_ASKING.test(block.text) && !OPENING_DASH.test(block.text) && nextLabels[i] !== undefined && answersHere(nextLabels[i]!);
    if (current && !current.boldQuestion && !boldAnswered && (asksAgain || !asked) && !(dashAsks && current.label?.dash)) {
      current.paragraphs.push(block.text);
      return;
    }
    const afterQuestion = current !== null && (current.boldQuestion || boldAnswered || asked || (dashAsks && current.label?.dash === true));
    current = { label: null, continuation: turns.length > 0, boldQuestion: false, afterQuestion, section, paragraphs: [block.text] };
    turns.push(current);
  });
  // A label alone on its line that nothing followed (another label came, or the page ended: "同期音:")
  // says nothing: it is no turn. Headings after it point one turn back for each dropped.
  if (turns.every((turn) => turn.paragraphs.length > 0)) return { turns, headings, strayLines };
  // How many turns with words stand before each index, counted once.
  const before = [0];
  for (const turn of turns) before.push(before.at(-1)! + (turn.paragraphs.length > 0 ? 1 : 0));
  return {
    turns: turns.filter((turn) => turn.paragraphs.length > 0),
    headings: headings.map((heading) => ({ ...heading, segment: before[heading.segment]! })),
    strayLines,
  };
}

/**
 * A short line that ends no sentence and greets no one: a name, a section's or a site's. A
 * speech's byline is one too, however long ("Statement delivered by Chargé, H.E. Ambassador
 * Rebecca Bryant, Australian Mission to the United Nations").
 */
function isStrayLine(text: string): boolean {
  // Chinese, Japanese and Korean say as much in fewer characters: a sentence that lost its full stop is longer than a name.
  const max = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(text) ? CJK_STRAY_LINE_MAX : STRAY_LINE_MAX;
  const endsNoSentence = !/[.!?…:;,。！？：；，»”"')）]$/u.test(text);
  if (endsNoSentence && text.length <= SPEECH_BYLINE_MAX && SPEECH_BYLINE.test(text)) return true;
  return text.length <= max && endsNoSentence && !GREETING.test(text) && !WELCOME.test(text) && !isAddressLine(text);
}

/** A speech's byline: "Statement by H.E. …", "Remarks delivered by …", "As delivered by …", "Intervention de …", "Discurso de …". */
const SPEECH_BYLINE =
  /^(?:(?:statement|remarks|speech|address|intervention|opening remarks|closing remarks)?(?: ?as)?(?: ?(?:delivered|made|given|prepared))? by |(?:déclaration|intervention|discours|allocution) (?:prononcée? )?(?:par|de) |(?:discurso|intervención|declaración) (?:pronunciad[oa] )?(?:por|de)l? )/iu;
const SPEECH_BYLINE_MAX = 200;

/**
 * An address to the hall, which opens a speech on a line of its own: "Mr Chair", "Distinguished
 * colleagues", "Your Majesty", "Уважаемые коллеги", "Arvoisat ministerit, hyvät kollegat", "Stimați
 * invitați,". It opens with its word and says where no one is: a caption does ("Ms Kallas at the
 * European Parliament"), and so does a notice ("Votre navigateur …").
 */
function isAddressLine(text: string): boolean {
  return ADDRESS_OPENING.test(text) && !PLACE_WORD.test(text);
}

const ADDRESS_OPENING =
  /^(?:(?:mr|mrs|ms|madam|madame|monsieur|señor|señora|senhor|signor|herr|frau|dear|distinguished|honou?rable|excellenc\p{L}*|ladies|chers|chères|queridos|estimad\p{L}*|уважаем\p{L}*|шановн\p{L}*|дорог\p{L}*|arvoisa\p{L}*|ärade|austatud|lugupeetud|tisztelt|poštovan\p{L}*|spoštovan\p{L}*|stima(?:ți|te|tă))(?!\p{L})|(?:your|votre|vuestra|sua|vossa|his|her) (?:majesty|excellency|highness|majesté|excellence|majestad|excelencia|maestà|eccellenza))/iu;

/** The prepositions of a caption's place and time. */
const PLACE_WORD = /(?<!\p{L})(?:at|in|on|during|à|au|dans|lors|bei|im|während|durante|в|на|во)(?!\p{L})/iu;
const STRAY_LINE_MAX = 60;
const CJK_STRAY_LINE_MAX = 30;
/**
 * A mark that opens a topic heading in Japanese and Chinese minutes: "○冒頭発言", "【主な項目】", "■ 質疑応答".
 * Not a bracket round a date and time, a speech's particulars ("[Tuesday, 16 November 2021; 1000 hrs EDT]").
 */
const SECTION_MARK = /^(?:[○●◎■□◆◇▼▽【［]|\[(?![^\]]*\d))/u;

/** A dash paragraph's second dash, after a sentence's end: "- Həmişə də … olmusunuz. - Əslində, Çində …". */
const SECOND_DASH = /(?<=[.?!…»"”])\s[-–—]\s(?=\p{Lu})/u;

/** A dash at a paragraph's opening. */
const OPENING_DASH = /^[-–—]\s?(?=\p{L})/u;

/** How many paragraphs must hold a question and its answer for the page to be read so. */
const PAIRED_TURNS_MIN = 2;

/** A short line after a triangle, with no dash and no sentence's end: a caption on a page of "▲ question – answer" paragraphs. */
const MARKED_CAPTION = /^[▲△]\s?[^–—.?!。？！]{4,80}$/u;

/**
 * A dialogue in dashes whose line breaks were lost (a repost): each paragraph holds the question and
 * the answer, "- question. - answer." Where two or more paragraphs, and most of the dash paragraphs,
 * are so, each is two turns, the first the question.
 */
function unpairDashTurns(blocks: Block[], pairedQuestions: Set<Block>): Block[] {
  const dashed = blocks.filter((block) => !block.heading && OPENING_DASH.test(block.text));
  // Where each paragraph's second dash stands, read once.
  const secondDash = new Map<Block, number>();
  for (const block of dashed) {
    const at = SECOND_DASH.exec(block.text);
    if (at) secondDash.set(block, at.index);
  }
  // Most of the dash paragraphs hold two turns: a dialogue whose answers quote someone ("«…». – Так
  // говорят все") has its line breaks.
  if (secondDash.size < PAIRED_TURNS_MIN || secondDash.size * 2 <= dashed.length) return blocks;
  return blocks.flatMap((block) => {
    const at = secondDash.get(block);
    if (at === undefined) return [block];
    const question: Block = { ...block, text: block.text.slice(0, at).trim() };
    pairedQuestions.add(question);
    return [question, { ...block, text: block.text.slice(at).trim(), boldPrefix: '', wholeBold: false }];
  });
}

/**
 * Korean papers' question and answer in one paragraph, the question after a triangle and often in
 * bold, with no question mark, the answer after a dash: "<strong>▲ 공관업무 중 시정검토할 사항은</strong> –
 * 부임한지 얼마 안됐기 때문에 …". Where two or more paragraphs are so, each is a dash dialogue's
 * question and answer (the triangle read as the question's dash).
 */
function unpairMarkedQuestions(blocks: Block[], pairedQuestions: Set<Block>): Block[] {
  const split = new Map<Block, [string, string]>();
  for (const block of blocks) {
    const found = block.heading ? null : MARKED_QUESTION.exec(block.text);
    if (found) split.set(block, [found[1]!.trim(), block.text.slice(found[0].length).trim()]);
  }
  if (split.size < PAIRED_TURNS_MIN) return blocks;
  return blocks.flatMap((block) => {
    const parts = split.get(block);
    // A triangle with no dash among such paragraphs marks a photo's caption ("▲ LA 국립묘지에서 … 묵념하는 김재수 총영사").
    if (!parts && MARKED_CAPTION.test(block.text)) return [];
    if (!parts) return [block];
    const question: Block = { ...block, text: `– ${parts[0]}`, boldPrefix: '', wholeBold: false };
    pairedQuestions.add(question);
    return [question, { ...block, text: `– ${parts[1]}`, boldPrefix: '', wholeBold: false }];
  });
}

/**
 * A press interview that sets its questions in italics, where others set them in bold
 * ("<p><em>Sie werden wieder antreten?</em></p>", then the answer in roman): where two or more
 * paragraphs in italics ask and no bold one does, the paragraphs in italics are read as bold ones
 * are, the question rules of bold type apply to them. A page with one italic question (a quotation,
 * an editor's note) keeps its italics as they are, and so does a speech (its rhetorical questions).
 */
function italicQuestionsAsBold(blocks: Block[]): Block[] {
  const italic = (block: Block) => block.wholeItalic === true && !block.wholeBold && !block.heading && block.text.length <= BOLD_QUESTION_MAX;
  if (blocks.some((block) => block.wholeBold && ENDS_ASKING.test(block.text))) return blocks;
  if (blocks.filter((block) => italic(block) && ENDS_ASKING.test(block.text)).length < ITALIC_QUESTIONS_MIN) return blocks;
  return blocks.map((block) => (italic(block) ? { ...block, wholeBold: true, boldPrefix: block.text } : block));
}

const ITALIC_QUESTIONS_MIN = 2;

/**
 * A news report's dateline opening the text reads as a label: "WASHINGTON – U.S. Senator Bob
 * Menendez …", "BRASÍLIA — No fim de 2019, …", "KUALA LUMPUR: Foreign Minister Datuk Seri …". The
 * first paragraphs' first label is a dateline where its place is one word in capitals before a
 * spaced dash, or where the words after it name someone by office and never speak in the first
 * person; never where a later label holds its last word ("RICHARD HAASS:", then "HAASS:") or where
 * it greets. "MR PRICE: Good afternoon.", "ВЛАДИМИР ПУТИН – …" and "MODERATOR – …" stay labels.
 */
/** The most words of a place in capitals that opens a news report before a dash ("NEW YORK –"). */
const DATELINE_PLACE_WORDS = 3;

function withoutDateline(labels: Array<LabelMatch | null>, blocks: Block[]): Array<LabelMatch | null> {
  const first = labels.findIndex((label) => label !== null);
  const label = labels[first];
  if (first < 0 || first > DATELINE_BLOCK_MAX || !label || label.kind !== 'named') return labels;
  // Not the speaker's label written another way later ("RICHARD HAASS:", then "HAASS:"; "PUTIN –", then "V.PUTIN –"), nor a greeting ("Josep Borrell: Good afternoon. …").
  const surname =
    label.text
      .toLowerCase()
      .split(/[\s.]+/u)
      .filter(Boolean)
      .at(-1) ?? '';
  if (
    labels.some(
      (other, i) =>
        i !== first &&
        other !== null &&
        other.text
          .toLowerCase()
          .split(/[\s.]+/u)
          .includes(surname),
    )
  )
    return labels;
  const opening = label.rest.toLowerCase();
  if (GREETING.test(opening) || WELCOME.test(opening) || OTHER_GREETINGS.test(opening)) return labels;
  const words = label.text.split(/\s+/u);
  if (words.length > DATELINE_WORDS || words.some((word) => isRoleWord(word) || MODERATOR.test(word) || OUTLET.test(word))) return labels;
  // A place in capitals before a dash, spaced or glued: "MOSCOW —", "GRENADA- The seventh …", "NEW YORK –".
  // Not a name's initial ("А. ВЕНЕДИКТОВ –", Echo of Moscow's labels).
  const dashed =
    /(?:\s[–—]|\p{Lu}-)$/u.test(label.raw) &&
    !/\p{Ll}/u.test(label.text) &&
    words.length <= DATELINE_PLACE_WORDS &&
    !words.some((word) => /^\p{Lu}\.$/u.test(word));
  // A dateline alone on its line ("New Delhi:" in a box of its own) reports in the paragraph after it;
  // a name in capitals alone on its line is a transcript's label ("DERMOT MURNAGHAN:").
  const alone = label.rest === '' && /\p{Ll}/u.test(label.text);
  const sentence = alone ? (blocks[first + 1]?.text ?? '').slice(0, LEAD_SENTENCE) : label.rest.slice(0, DATELINE_REST);
  const reports = OFFICE_THEN_NAME.test(sentence) && !SPEAKS_AS_ONESELF.test(sentence);
  return dashed || reports ? labels.map((other, i) => (i === first ? null : other)) : labels;
}

/** A speaker's own words, not a report's: "My name is Mike Froman. I’m president of …". */
const SPEAKS_AS_ONESELF = /(?<!\p{L})(?:I|I[’']m|my|we|our|us|je|nous|ich|wir|yo|nosotros|я|мы)(?!\p{L})/iu;

/** Greetings and thanks that open a speaker's words and that GREETING and WELCOME (../text/register.ts) leave out: no dateline has them. */
const OTHER_GREETINGS = /^(?:bonsoir|gracias|danke)/u;

/** How far into the text a dateline stands, how many words its place has, and how much of the sentence after it is read. */
const DATELINE_BLOCK_MAX = 2;
const DATELINE_WORDS = 3;
const DATELINE_REST = 120;
/** How much of the paragraph after a dateline alone on its line is read: a lead's first sentence runs long. */
const LEAD_SENTENCE = 300;

/** An office, then a capitalised name, in a news report's first sentence: "Foreign Minister Datuk Seri …", "U.S. Senator Bob Menendez", "… Canadian High Commissioner Cameron MacKay". */
const OFFICE_THEN_NAME =
  /(?:^|\s)(?:\p{Lu}[\p{L}.]*\s){0,2}(?:[Mm]inister|[Ss]ecretary|[Ss]enator|[Aa]mbassador|[Cc]ommissioner|[Pp]resident|[Ss]pokesperson|[Ss]pokesman|[Cc]hancellor|[Mm]inistro|[Mm]inistra|[Ee]mbajador|[Ee]mbaixador|[Pp]residente|[Cc]anciller|[Mm]inistre|[Aa]mbassadeur|[Мм]инистр|[Пп]осол)\s(?:of\s[\p{L}\s]{0,30}\s)?\p{Lu}/u;

/** How many subheadings that ask make them an interview's questions on a page that labels its guest's answers. */
const HEADING_QUESTIONS_MIN = 3;

/** How many paragraphs that open with their bold question make a speech's page an interview's. */
const GLUED_QUESTIONS_MIN = 2;

/** A paragraph that opens with a bold question, an interviewer's (not an FAQ's, in a reader's voice), and goes on with its answer. */
function isGluedQuestion(block: Block): boolean {
  const question = block.boldPrefix.trim();
  if (block.wholeBold || block.heading || question.length < QUESTION_MIN || question.length > BOLD_QUESTION_MAX || !ENDS_ASKING.test(question)) return false;
  if (!block.text.startsWith(question) || FAQ_QUESTION.test(question) || ASKS_FOR_ONESELF.test(question) || matchLabel(block.text, block.boldPrefix))
    return false;
  return block.text.length - question.length > GLUED_ANSWER_MIN;
}

/** The shortest answer read after a bold question in the same paragraph. */
const GLUED_ANSWER_MIN = 20;

/**
 * A press interview that sets each question in bold at the head of the paragraph that answers it
 * ("<p><strong>O que a visita de Lula pode trazer?</strong> Essa visita é essencialmente política.</p>"):
 * the bold question and the plain answer are two paragraphs, as they would be on most sites.
 */
function unglueBoldQuestion(block: Block): Block[] {
  const question = block.boldPrefix.trim();
  const answer = block.text.slice(question.length).trim();
  return [
    { ...block, text: question, wholeBold: true },
    { ...block, text: answer, boldPrefix: '', wholeBold: false },
  ];
}

/**
 * A question turn that has asked (its last paragraph ends with a question mark): an unlabelled
 * paragraph after it is the answer, not more of the question ("问：…？" then the spokesperson's
 * words with no "答：").
 */
function asksAndIsAnswered(turn: RawTurn, outletsAsk: boolean, asker: string | null): boolean {
  const label = turn.label;
  // A journalist's label asks too ("法新社记者：…？"), and a numbered outlet's where no answer is
  // labelled ("1. Sputnik: …?" then the spokesperson's words, Vietnam's MOFA), and the one voice a page labels.
  const journalist =
    label?.kind === 'named' &&
    (CJK_JOURNALIST.test(label.text) || (outletsAsk && OUTLET.test(label.text) && /^[(（]?\d/u.test(label.raw)) || label.text.toLowerCase() === asker);
  if (!label || !(label.kind === 'question' || label.asks || journalist)) return false;
  return ENDS_ASKING.test(turn.paragraphs.at(-1) ?? '');
}

/**
 * The one voice a page labels, where it is no official's: a press interview that names only its
 * interviewer or its paper and sets the guest's answers unlabelled ("Roger Köppel: You said …?" then
 * "First of all, …"; "Lidovky.cz: Proč …?" then the minister's words). Its turns that ask are answered
 * by the paragraph after them. Not an office's ("PRIME MINISTER:" over a speech that asks itself
 * questions), a moderator's, nor a dash's; not on a speech, whose one speaker asks the hall
 * ("CAPITANICH.- … ¿Qué significa esto para la Argentina?"); nor a briefing's or a press
 * conference's one journalist, whose question may run on over a paragraph on a page cut before the
 * official's label.
 */
function soleAsker(accepted: Array<LabelMatch | null>): string | null {
  const labels = accepted.filter((label): label is LabelMatch => label !== null && label !== UNLABELLED_QUESTION);
  const voices = new Set(labels.map((label) => label.text.toLowerCase()));
  const label = labels[0];
  if (voices.size !== 1 || !label || label.kind !== 'named' || labels.some((each) => each.dash)) return null;
  if (answersHere(label) || MODERATOR.test(label.text) || readSpeaker(label.text).official) return null;
  return label.text.toLowerCase();
}

/** A whole-bold paragraph that asks: a question set in bold, which a dash before it answered ("- Nie wiem…" then "<b>• Zatem wojsko?</b>"). */
function asksInBold(block: Block): boolean {
  return block.wholeBold && ASKS.test(block.text);
}

/**
 * A whole-bold paragraph with no label asks: when it ends with a question mark; where the page
 * has three bold sentences, when it ends as a sentence does; where the page already sets two
 * questions so, when it is longer than a topic heading.
 */
function isBoldQuestion(block: Block, boldQuestions: number, boldSentences: number): boolean {
  if (block.text.length > BOLD_QUESTION_MAX) return false;
  // A subheading that asks: news sites set an interview's questions so.
  if (block.heading) return ENDS_ASKING.test(block.text);
  if (!block.wholeBold) return false;
  if (ENDS_ASKING.test(block.text)) return true;
  if (boldSentences >= BOLD_SENTENCES_MIN && BOLD_SENTENCE_END.test(block.text)) return true;
  return boldQuestions >= 2 && block.text.length > HEADING_LIKE_MAX && !SEPARATOR.test(block.text);
}

/**
 * A text that stops mid-sentence: no mark ends it, or an ellipsis does ("Eines für ..."). Of some
 * length, or opening on Spanish's question mark ("¿Qué tie"): not the short heading of the links
 * below the text ("More news", "Kapcsolódó cikkek").
 */
function isCutOff(text: string): boolean {
  if (/^[¿¡]/u.test(text)) return !BOLD_SENTENCE_END.test(text);
  const long = text.split(/\s+/u).length >= CUT_QUESTION_WORDS || (!/\s/u.test(text) && text.length >= CUT_QUESTION_CHARS);
  return long && !isEditorsNote(text) && (!BOLD_SENTENCE_END.test(text) || /(?:\.\.\.|…)$/u.test(text));
}

/**
 * What a complete page sets after its text, as a stored copy's cut-off words are not: a credit, an
 * editor's note, a translation's note, a pointer to more ("Photos courtesy of …", "This interview has
 * been edited for length and clarity", "Unofficial translation from the Spanish original text",
 * "Watch the full press conference on our YouTube channel", "More interviews from our series").
 */
function isEditorsNote(text: string): boolean {
  return text.length <= EDITORS_NOTE_MAX && EDITORS_NOTE.test(text);
}

/** The longest line read as such a note: a cut-off paragraph runs longer and may say "more" or "watch". */
const EDITORS_NOTE_MAX = 100;

const EDITORS_NOTE =
  /(?<!\p{L})(?:courtesy|photos?|video|edited|condensed|translation|translated|original text|watch|listen|youtube|more|related|series|subscribe|follow us|source|fotos?|traducción|traduction|traduzione|übersetzung|перевод|переклад|источник|джерело|quelle|fuente|fonte)(?!\p{L})/iu;

/** The shortest last line read as a paragraph the copy cut off rather than a topic heading. */
const CUT_PARAGRAPH_MIN = 40;

/** The fewest words of a cut-off line read as a question, and the fewest characters where no space parts the words (Chinese, Japanese). */
const CUT_QUESTION_WORDS = 3;
const CUT_QUESTION_CHARS = 8;

/** How many turns of an interview's one labelled voice make it the interviewer whatever its turn says. */
const STATED_QUESTIONS_MIN = 3;

/** How many unlabelled questions in bold make a page that sets its questions so. */
const BOLD_QUESTIONS_MIN = 2;

/** How many dash-marked questions, each followed by unmarked text, make a page one that marks only its questions. */
const DASH_QUESTIONS_MIN = 2;

/** A bold line this short is a topic heading rather than a question without its question mark. */
const HEADING_LIKE_MAX = 80;

/**
 * A dash turn of an unnamed dialogue: interviewer and interviewee alternate. It asks when it is
 * bold or follows an answer, answers when it follows a question; the first one asks where the
 * interviewer opens the dialogue, else if it holds a question mark.
 */
function dashTurnLabel(
  label: LabelMatch,
  block: Block,
  previous: RawTurn | undefined,
  pairedQuestions: Set<Block>,
  interviewerOpens: boolean | null,
): LabelMatch {
  const previousKind = previous?.boldQuestion ? 'question' : previous?.label?.kind;
  let kind: LabelKind;
  if (block.wholeBold || pairedQuestions.has(block)) kind = 'question';
  else if (previousKind === 'question') kind = 'answer';
  else if (previousKind === 'answer') kind = 'question';
  else kind = (interviewerOpens ?? ASKS.test(label.rest)) ? 'question' : 'answer';
  return { ...label, kind };
}

/** How many dash turns tell by their questions who opens the dialogue; fewer, the first's own question mark does. */
const DIALOGUE_PARITY_MIN = 4;

/**
 * A topic heading: an <h2>–<h6>, a short paragraph wholly in bold, "Answers to media
 * questions"; in a briefing or a press conference, also a short line with no closing
 * punctuation (pages whose markup is lost still read "Update on Syria" on a line of its own).
 */
/** A whole-bold line shorter than this that does not end in a question mark is a topic heading, even with a full stop. */
const BOLD_HEADING_MAX = 120;

/** The most words of an unpunctuated line read as a topic heading of a briefing or press conference; more is a sentence. */
const TOPIC_HEADING_WORDS = 25;

function isHeading(block: Block, kind: TranscriptKind): boolean {
  const text = block.text;
  if (QUESTIONS_HEADING.test(text)) return true;
  // Japanese minutes head each topic with a circle: "○冒頭発言", "○米軍再編問題".
  if (TOPIC_MARK.test(text) && text.length <= MARKED_TOPIC_MAX) return true;
  if (text.length > HEADING_MAX_CHARS) return false;
  if (block.heading) return true;
  const unpunctuated =
    !/[.!?:;,…—–\-"”»。？！؟]$/u.test(text) && /^[\p{Lu}\p{N}(«"“]/u.test(text) && !ENDS_MID_SENTENCE.test(text) && !OPENS_SENTENCE.test(text);
  // A speech's address to the hall in bold, on its line and closed by its comma, heads nothing: the speech goes on
  // after it ("<strong>Monsieur le Président, chers collègues,</strong>", again before its last part).
  if (block.wholeBold && /,$/u.test(text) && isAddressLine(text)) return false;
  if (block.wholeBold && !ENDS_ASKING.test(text)) return unpunctuated || text.length < BOLD_HEADING_MAX;
  const headed = kind === 'briefing' || kind === 'press-conference';
  return headed && !block.listItem && unpunctuated && text.split(/\s+/).length <= TOPIC_HEADING_WORDS;
}

/** The shortest surname whose mention marks a paragraph as narration about the answerer ("岩屋"). */
const NARRATED_SURNAME_MIN = 2;

/**
 * An unlabelled paragraph that asks, right before an answer's label ("七、此前您也曾…？" then
 * "答:…", "…でしょうか。" then "大使:"), is the question, its number or bullet its label: pages
 * that label only the answers.
 */
function askedBeforeAnswers(accepted: Array<LabelMatch | null>, blocks: Block[], title: string): Array<LabelMatch | null> {
  let previous: LabelMatch | null = null;
  // A page that labels only its answers ("Prezydent RP:" after each of the host's questions, none
  // labelled): the paragraph before each answer is asked, with or without a question mark.
  // Every label is that one answerer's: where others are labelled too, an unlabelled line is not surely a question.
  const labels = accepted.filter((label): label is LabelMatch => label !== null);
  const first = labels[0];
  const answersOnly =
    first !== undefined &&
    labels.length >= ANSWERS_ONLY_MIN &&
    labels.every((label) => label.text === first.text) &&
    (answersHere(first) || isOfficeAlone(first.text));
  // Or one the title names, labelled by name alone, in full and then by surname ("18 Fragen an Jean
  // Asselborn": "Jean Asselborn Die Flüchtlingskrise …", "Asselborn Die Türkei …"): the paragraph
  // before each of his labels that asks is the question.
  const guest = first?.kind === 'named' ? readSpeaker(first.text) : null;
  const guestAnswers =
    !answersOnly &&
    guest !== null &&
    !guest.roleOnly &&
    labels.length >= ANSWERS_ONLY_MIN &&
    // Named in the title, or labelled three times over (a site's name for a title: "Westdeutsche Zeitung").
    (titlePosition(title, guest.surname) >= 0 || labels.length >= GUEST_LABELS_MIN) &&
    labels.every((label) => label.kind === 'named' && sameSurname(readSpeaker(label.text).surname, guest.surname)) &&
    // Not where another voice has bold labels that were not read ("Athens 9,84:"): the questions are theirs, in more paragraphs than one.
    !blocks.some((block, i) => accepted[i] === null && /[:：]\s*$/u.test(block.boldPrefix));
  // A news feature that quotes its one answerer ("岩屋外相:" before each quote) tells between the
  // quotes what he did, naming him ("岩屋氏は…"): a question is put to him, it does not name him.
  const answerer = answersOnly ? readSpeaker(first.text) : null;
  const narrates = (text: string) =>
    answerer !== null &&
    !answerer.officeOnly &&
    answerer.surname.length >= NARRATED_SURNAME_MIN &&
    !ASKS.test(text) &&
    text.toLowerCase().includes(answerer.surname);
  return accepted.map((label, i) => {
    const next = accepted[i + 1];
    const block = blocks[i]!;
    const before = previous;
    if (label) previous = label;
    const asksTheGuest = guestAnswers;
    if (label || !next || block.heading || block.wholeBold || !(answersOnly || asksTheGuest || answersHere(next))) return label;
    // A question already open goes on ("Pregunta:" alone on its line, or its second paragraph).
    if (before && (before.kind === 'question' || before.asks || (before.kind === 'named' && CJK_JOURNALIST.test(before.text)))) return label;
    if ((!answersOnly && !ENDS_ASKING.test(block.text)) || block.text.length > ASKED_MAX || narrates(block.text)) return label;
    const number = QUESTION_NUMBER.exec(block.text)?.[0] ?? '';
    // With no number to stand for its label, the paragraph is a question as a bold one is.
    if (number === '') return UNLABELLED_QUESTION;
    return { raw: number.trim(), text: number.trim(), kind: 'question', rest: block.text.slice(number.length).trim(), strength: 'strong' };
  });
}

/**
 * An interview with no labels and no bold questions ("<em>E la “sonnacchiosa” India?</em>" then
 * the answer): its questions are the short paragraphs that ask, each followed by a longer one or
 * one that does not ask. Only where the title names an interview, and two or more are so.
 */
function plainQuestions(accepted: Array<LabelMatch | null>, blocks: Block[], kind: TranscriptKind): Array<LabelMatch | null> {
  if (kind !== 'interview' || accepted.some((label) => label !== null) || blocks.some((block) => block.wholeBold && ENDS_ASKING.test(block.text)))
    return accepted;
  const asks = (block: Block | undefined) =>
    block !== undefined && !block.heading && block.text.length >= QUESTION_MIN && block.text.length <= PLAIN_QUESTION_MAX && ENDS_ASKING.test(block.text);
  const questions = blocks.flatMap((block, i) => (asks(block) && blocks[i + 1] !== undefined && !asks(blocks[i + 1]) && !blocks[i + 1]!.heading ? [i] : []));
  if (questions.length < PLAIN_QUESTIONS_MIN) return accepted;
  const marked = [...accepted];
  for (const i of questions) marked[i] = UNLABELLED_QUESTION;
  return marked;
}

/** Marks a paragraph that asks with no label at all (askedBeforeAnswers); not a label. */
const UNLABELLED_QUESTION: LabelMatch = { raw: '', text: '', kind: 'question', rest: '', strength: 'strong' };

/** A label that answers: "答:", "A:", or an office alone ("大使:", "Minister:"). */
function answersHere(label: LabelMatch): boolean {
  if (label.kind === 'answer') return true;
  if (label.kind !== 'named') return false;
  return CJK_OFFICE_ALONE.test(label.text) || isRoleWord(label.text);
}

/** An office and no name ("Prezydent RP", "Foreign Minister"): an answerer where every label is it. */
function isOfficeAlone(text: string): boolean {
  const form = readSpeaker(text);
  return form.roleOnly && form.official;
}

/** How many labels of one guest make a page that labels only him, where the title does not name him. */
const GUEST_LABELS_MIN = 3;

/** How many answers' labels make a page one that labels only its answers. */
const ANSWERS_ONLY_MIN = 2;

/** "七、", "3.", "(2)": a question's number before its words. */
const QUESTION_NUMBER = /^(?:[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[.、．)]|[(（]\d{1,2}[)）])\s*/u;
/** A CJK office alone, with no name before it ("大使:", "대변인:"): the official answers. */
const CJK_OFFICE_ALONE = /^(?:大使|大臣|外相|総理|首相|长官|長官|部长|部長|外长|总统|總統|发言人|發言人|報道官|대사|장관|대변인)$/u;
/** The longest paragraph read as a question asked before a labelled answer. */
const ASKED_MAX = 1200;

/** How much of the page before its first label is read as the lead that names the speakers. */
const LEAD_BLOCKS = 3;
export const LEAD_CHARS = 300;

/** A label whose words are a field's value (FIELD_VALUE): "Transcript ID: 21032". */
function fieldShaped(label: LabelMatch | null | undefined): boolean {
  return label?.kind === 'named' && !label.dash && FIELD_VALUE.test(label.rest);
}

/** A field's value: up to thirty characters with a digit among them, not ending a sentence ("21032", "지지통신 (6.22)"). */
const FIELD_VALUE = /^(?=[^\n]{0,29}\d)[^\n]{1,30}(?<![.!?。！？])$/u;

/** How far into the body a wire's dateline may stand: its first block, or the second after a headline's restatement. */
const WIRE_DATELINE_BLOCK = 1;

/**
 * What a label recurs as: its words, or any dash for a dash. A dialogue typed by hand mixes its
 * dashes ("– Когда откроют мост?" then "- Осенью."), and each one still opens a turn.
 */
function recurrenceKey(label: LabelMatch): string {
  return label.dash ? '–' : label.text.toLowerCase();
}

/**
 * Which label candidates are labels. Strong shapes always are. A weak one (a single
 * capitalised word: "Sidhant:") is when the same label recurs, or when the page already
 * has labels and the paragraph asks a question, or when it is written in the shape of the page's
 * recurring labels (label-shape.ts).
 */
function acceptLabels(candidates: Array<LabelMatch | null>, blocks: Block[], title: string): Array<LabelMatch | null> {
  const counts = new Map<string, number>();
  let strong = 0;
  let strongQuestions = 0;
  let strongAnswers = 0;
  let dottedQuestions = 0;
  let dottedAnswers = 0;
  for (const label of candidates) {
    if (!label) continue;
    counts.set(recurrenceKey(label), (counts.get(recurrenceKey(label)) ?? 0) + 1);
    if (label.strength === 'strong') strong += 1;
    if (label.strength === 'strong' && label.kind === 'question') strongQuestions += 1;
    if (label.strength === 'strong' && label.kind === 'answer') strongAnswers += 1;
    if (label.raw.length === 2 && label.raw.endsWith('.') && label.kind === 'question') dottedQuestions += 1;
    if (label.raw.length === 2 && label.raw.endsWith('.') && label.kind === 'answer') dottedAnswers += 1;
  }
  // The title and the editor's lead name the page's speakers ("2022年8月2日,外交部发言人华春莹主持例行记者会").
  const firstLabel = candidates.findIndex((label) => label !== null);
  const naming = [title, ...blocks.slice(0, firstLabel === -1 ? 0 : Math.min(firstLabel, LEAD_BLOCKS)).map((block) => block.text.slice(0, LEAD_CHARS))]
    .join('\n')
    .toLowerCase();
  let spelled: string | null = null;
  const pageText = () => (spelled ??= [title, ...blocks.map((block) => block.text)].join('\n'));
  let previousAsked = false;
  const read = candidates.map((label, i) => {
    const accepted = acceptLabel(label, i);
    if (accepted) previousAsked = accepted.kind === 'question' || (accepted.kind === 'named' && ASKS.test(accepted.rest || (blocks[i + 1]?.text ?? '')));
    else if (blocks[i]?.wholeBold && ENDS_ASKING.test(blocks[i]!.text)) previousAsked = true;
    return accepted;
  });
  return withPageShapedLabels(candidates, read, counts);

  // A news agency's or a government portal's initials and a dash opening the text, once ("VGP –
  // PM Nguyễn Tấn Dũng on August 30 hosted …", "AFP – …"): a dateline, not an interviewer ("DN —",
  // who asks again and again), unless the words after it greet.
  function isWireDateline(label: LabelMatch, i: number): boolean {
    return (
      /^\s*[-–—]\s/u.test(blocks[i]?.text.slice(label.text.length) ?? '') &&
      i === firstLabel &&
      i <= WIRE_DATELINE_BLOCK &&
      /^\p{Lu}{2,6}$/u.test(label.text) &&
      counts.get(label.text.toLowerCase()) === 1 &&
      !GREETING.test(label.rest)
    );
  }

  /**
   * A form's field over the text, read once, its value a number, a date or a time ("Transcript ID: 21032", "Period of
   * Service: 11/03/1996 to 03/12/2007", "매체 및 보도일자: 지지통신 (6.22)", "질의응답 시간: 1분 36초"): no one speaks it.
   */
  function isFormField(label: LabelMatch): boolean {
    return fieldShaped(label) && counts.get(recurrenceKey(label)) === 1;
  }

  /**
   * A press interview's one dash on a page cut after its first exchange, or that dashes one turn
   * alone: a turn where it asks ("– Ankara'daki saldırı hakkında ne düşünüyorsunuz?") or answers a
   * paragraph that asks ("Are the talks stalled?" then "- No, they go on …").
   */
  function isLoneDashTurn(label: LabelMatch, i: number): boolean {
    return ASKS.test(label.rest) || ENDS_ASKING.test(blocks[i - 1]?.text ?? '');
  }

  function acceptLabel(label: LabelMatch | null, i: number): LabelMatch | null {
    if (label && isWireDateline(label, i)) return null;
    if (label && isFormField(label)) return null;
    if (!label || label.strength === 'strong') return label;
    if (label.initials && spellsInitials(label.text, pageText())) return label;
    // Where questions carry their own labels ("질문 1 :"), a dash opens a list's item, not a turn.
    if (label.dash && strongQuestions >= 2) return null;
    // A bare "A" answers a bare "Q": it counts where the page's questions are written so.
    if (label.raw === 'A' && (counts.get('q') ?? 0) < 2) return null;
    // A letter and a full stop ("P.", "R.", "D.") asks or answers only where the other side is
    // written so too ("P." … "R.", El País; "D." … "R.") or in full ("Pregunta." then "P."):
    // "D. Carlos de Icaza, …" in a speech's salutations is Don Carlos, recurring or not.
    if (label.raw.length === 2 && label.raw.endsWith('.') && label.raw !== 'Q.') {
      const otherSide = label.kind === 'question' ? dottedAnswers + strongAnswers : dottedQuestions + strongQuestions;
      const sameSide = label.kind === 'question' ? strongQuestions : strongAnswers;
      return otherSide >= 1 || sameSide >= 1 ? label : null;
    }
    if ((counts.get(recurrenceKey(label)) ?? 0) >= 2) return label;
    if (label.dash) return isLoneDashTurn(label, i) ? label : null;
    // "Domaren" alone, then "säger: …" (a chat's name and its verb of saying on two lines); a CJK name alone in bold that the title gives ("王毅" under "外交部部长王毅就…答记者问").
    if (label.alone)
      return SAYS_OPENING.test(blocks[i + 1]?.text ?? '') || (CJK_NAME.test(label.text) && namesInTitle(title).includes(label.text)) ? label : null;
    // A name the title or the lead gives ("外交部发言人赵立坚主持例行记者会" and "赵立坚:"), or
    // a name that answers the question just asked, is a label once.
    const named = label.kind === 'named' && !label.dash && label.text.length >= 2;
    if (named && (naming.includes(label.text.toLowerCase()) || (previousAsked && label.rest !== ''))) return label;
    // An outlet's asker who names the outlet again as he introduces himself opens a turn, once or
    // not: a press conference's journalists ("フジテレビ:フジテレビの鹿嶋です。", "Radio Nord: Radio Nord, Anna Berg here.").
    if (named && label.rest.toLowerCase().startsWith(label.text.toLowerCase())) return label;
    // A name whose words greet the room, on a page that labels its turns, opens a turn too: the
    // outgoing spokesperson who introduces the new one ("华春莹:各位记者朋友们,大家下午好!").
    if (named && strong >= 1 && ROOM_GREETING.test(label.rest)) return label;
    const asks = ASKS.test(label.rest || (blocks[i + 1]?.text ?? ''));
    return strong >= 2 && asks ? label : null;
  }
}
