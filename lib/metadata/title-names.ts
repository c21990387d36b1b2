import { sameSurname, surnameOf } from '../segment/speakers';

/**
 * People a title names: "Foreign Minister Sergey Lavrov’s remarks ...", "Briefing by ...
 * Spokesperson Maria Zakharova, Moscow, ...", "Интервью Министра ... С.В.Лаврова ...".
 * Runs of two or three capitalised words that are not words of office, or Russian initials
 * with a surname, in title order.
 */
export function namesInTitle(title: string): string[] {
  const names: Array<{ name: string; index: number }> = [];
  for (const found of title.matchAll(/\p{Lu}\.\s?(?:\p{Lu}\.\s?)?\p{Lu}[\p{Ll}-]+/gu)) {
    names.push({ name: found[0], index: found.index });
  }
  let run: string[] = [];
  let start = 0;
  let afterOf = false;
  let previous = '';
  const close = () => {
    // "Foreign Minister of Afghanistan Salahuddin Rabbani": the place belongs to the office.
    if (afterOf && run.length === 3) run = run.slice(1);
    if (run.length >= 2 && run.length <= 3) names.push({ name: run.join(' '), index: start });
    run = [];
  };
  for (const found of title.matchAll(/[\p{L}\p{M}’'.-]+|[^\p{L}\p{M}’'.\s-]+/gu)) {
    const token = found[0];
    const possessive = /[’']s$/u.test(token);
    const word = token.replace(/[’']s$/u, '');
    const capitalised = /^\p{Lu}[\p{Ll}\p{M}’'-]+$/u.test(word);
    if (capitalised && !NOT_NAMES.has(word.toLowerCase())) {
      if (run.length === 0) {
        start = found.index;
        afterOf = /^(?:of|for)$/i.test(previous);
      }
      run.push(word);
      if (possessive) close();
    } else close();
    if (/\S/.test(token)) previous = token;
  }
  close();
  return names.sort((a, b) => a.index - b.index).map((entry) => entry.name);
}

/** Where in the title a surname stands, or -1. */
export function titlePosition(title: string, surname: string): number {
  let index = 0;
  for (const token of title.split(/[\s,.;:()«»“”"–—-]+/u)) {
    if (token !== '' && sameSurname(surnameOf(token), surname)) return title.indexOf(token, index);
    index += token.length;
  }
  return -1;
}

/** Capitalised words of titles that are not names. */
const NOT_NAMES = new Set([
  'foreign', 'minister', 'ministry', 'spokesperson', 'spokeswoman', 'spokesman', 'president', 'presidents',
  'prime', 'secretary', 'state', 'deputy', 'ambassador', 'press', 'conference', 'briefing', 'interview',
  'remarks', 'statement', 'statements', 'answers', 'transcript', 'department', 'official', 'regular',
  'weekly', 'virtual', 'media', 'joint', 'russian', 'russia', 'federation', 'affairs', 'external',
  'the', 'a', 'an', 'by', 'of', 'at', 'on', 'in', 'with', 'and', 'following', 'talks', 'meeting',
  'director', 'head', 'general', 'vice', 'chancellor', 'embassy', 'government', 'mfa', 'un', 'united',
  'nations', 'states', 'council', 'security', 'moscow', 'session', 'opening', 'closing', 'speech',
  'address', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'news', 'agency', 'newspaper', 'television', 'programme', 'program',
  'министра', 'министр', 'российской', 'федерации', 'россии', 'иностранных', 'официального',
  'представителя', 'мид', 'брифинг', 'интервью', 'выступление', 'ответы', 'заявление', 'посла',
  'президента', 'заместителя', 'директора', 'департамента', 'москва', 'пресс-конференция',
  'стенограмма', 'совместной', 'переговоров', 'итогам',
]);
