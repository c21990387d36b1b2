// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { dropBoilerplate } from '../../lib/page/boilerplate';
import { block } from './rule-pages';

/** A broadcaster's programme card over its transcript (Al Jazeera's): its particulars and its list of topics. */
describe('a programme card before the transcript', () => {
  const card = [
    block('مقدم الحلقة:'),
    block('أكرم خزام'),
    block('تاريخ الحلقة:'),
    block('06/05/2002'),
    block('– موقف روسيا من عدم التزام إسرائيل بقرارات الأمم المتحدة'),
    block('– تقويم الروس لزيارة باول للمنطقة العربية'),
    block('موقف روسيا من عدم التزام إسرائيل بقرارات الأمم المتحدة', { heading: true }),
    block('أكرم خزام: أعزائي المشاهدين، أهلاً وسهلاً بكم في هذه الحلقة الجديدة من برنامج لقاء اليوم.'),
  ];

  it('drops the particulars and the topics the body repeats as its headings', () => {
    expect(dropBoilerplate(card, { title: 'إيغور إيفانوف .. دور روسيا في الشرق الأوسط' }).map((kept) => kept.text)).toEqual([
      'موقف روسيا من عدم التزام إسرائيل بقرارات الأمم المتحدة',
      'أكرم خزام: أعزائي المشاهدين، أهلاً وسهلاً بكم في هذه الحلقة الجديدة من برنامج لقاء اليوم.',
    ]);
  });

  it('keeps dashed lines that no heading repeats: a dialogue in dashes', () => {
    const dialogue = [block('– Как вы оцениваете переговоры'), block('– Положительно, мы договорились.'), block('Итоги', { heading: true })];
    expect(dropBoilerplate(dialogue, { title: 'Интервью' }).map((kept) => kept.text)).toEqual([
      '– Как вы оцениваете переговоры',
      '– Положительно, мы договорились.',
      'Итоги',
    ]);
  });
});
