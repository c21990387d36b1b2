// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { dropBoilerplate } from '../../lib/page/boilerplate';
import { block } from './rule-pages';

/**
 * Furniture of news sites and reposts that stands among a transcript's paragraphs: adverts' places,
 * comment and reaction boxes, reprint notices, captions that end with their credit.
 */
const before = 'Nous avons eu une discussion très franche sur la situation au Proche-Orient et sur la suite.';
const after = 'Нам предстоит большая работа, и мы к ней готовы. Спасибо за вопрос.';
const kept = (line: string) => dropBoilerplate([block(before), block(line), block(after)], { title: 'Point de presse' }).map((found) => found.text);

describe('furniture among the paragraphs', () => {
  it.each([
    'Continua após a publicidade',
    'Story continues below advertisement',
    'Комментарии (0)',
    'Добавление комментария',
    'Comments (12)',
    'Quelle est votre réaction ?',
    '轉載請註明: 全球連線|崔天凱:希望這能夠成為一個開端 - 楠木軒',
    '转载请保留出处',
    'Alexander Schallenberg war schon unter Brigitte Bierlein das, was er auch jetzt ist: Außenminister. Foto: Außenministerium / Andy Wenzel',
  ])('drops %j', (line) => {
    expect(kept(line)).toEqual([before, after]);
  });

  it.each([
    'Comments from the minister were welcome, and we will answer them in writing next week.',
    'Comments (3) from the minister were welcome, and we will answer them in writing.',
    'What is your reaction to the court ruling on Tuesday?',
    'Quelle est votre réaction à la décision du Conseil ?',
    'Ваша реакция на заявление министра?',
    'Оставить комментарий по этому вопросу я не могу.',
    'We need better rules for the banks. Credit: that is what firms need most.',
    'Les banques prêtent moins. Crédit : les banques doivent suivre les règles.',
    'Il a dit que la suite après la publicité du rapport dépendait du Conseil.',
  ])('keeps a sentence that only mentions them: %j', (line) => {
    expect(kept(line)).toContain(line);
  });
});
