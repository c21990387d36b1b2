/**
 * What a reader finds in each real page of ../shared/corpus/text/: its address and headline
 * (from SOURCES.md and the text), the event's date and place, and every turn as
 * [kind, speaker, label], read by hand. Most files are cut off after about 2,000 characters,
 * so their last turn may stop mid-word; old mid.ru briefings are cut inside their table of
 * contents and so hold no turn at all.
 */
export interface CorpusCase {
  file: string;
  url: string;
  title: string;
  date: string | null;
  place: string | null;
  turns: Array<[kind: string, speaker: string | null, label: string | null]>;
}

const LAVROV = 'Sergey Lavrov';

export const CORPUS_CASES: CorpusCase[] = [
  {
    file: 'embassy-india-lavrov-rabbani-press-conference-2017-02-07.txt',
    url: 'https://rusembindia.com/index.php/en/press-releases/lavrov-rabbani-press-conference',
    title:
      'Foreign Minister Sergey Lavrov’s remarks and answers to media questions at joint press conference following talks with Foreign Minister of Afghanistan Salahuddin Rabbani, Moscow, February 7, 2017',
    date: '2017-02-07',
    place: 'Moscow',
    turns: [
      ['remarks', LAVROV, null],
      ['question', null, 'Question:'],
      ['answer', LAVROV, 'Sergey Lavrov:'],
      ['question', null, 'Question:'],
      ['answer', LAVROV, 'Sergey Lavrov:'],
      ['question', null, 'Question:'],
      ['answer', LAVROV, 'Sergey Lavrov:'],
    ],
  },
  {
    file: 'embrussia-ru-node-1061-zakharova-briefing-koktebel-2018-10-10.txt',
    url: 'http://www.embrussia.ru/node/1061',
    title: 'Briefing by Foreign Ministry Spokesperson Maria Zakharova, Koktebel, October 10, 2018',
    date: '2018-10-10',
    place: 'Koktebel',
    turns: [
      ['remarks', 'Maria Zakharova', null],
      ['remarks', 'Maria Zakharova', null],
    ],
  },
  {
    file: 'eoibeijing-gov-in-mea-briefing-copy-2021-07-02.txt',
    url: 'https://eoibeijing.gov.in/eoibejing_listview/MTAwMw,,',
    title: 'Transcript of Virtual Weekly Media Briefing by the Official Spokesperson (July 02, 2021)',
    date: '2021-07-02',
    place: null,
    turns: [
      ['remarks', 'Arindam Bagchi', 'Shri Arindam Bagchi, Official Spokesperson:'],
      ['question', 'Yatin Patel', 'Shri Yatin Patel, OSD (PR):'],
      ['answer', 'Arindam Bagchi', 'Shri Arindam Bagchi, Official Spokesperson:'],
    ],
  },
  {
    file: 'inosmi-ru-republished-mid-lavrov-pbs-interview-2005-ru.txt',
    url: 'https://inosmi.ru/20050222/217437.html',
    title: 'Интервью Министра иностранных дел Российской Федерации С.В.Лаврова телекомпании PBS 11 февраля 2005 г.',
    date: '2005-02-11',
    place: null,
    turns: [
      ['question', null, 'ВОПРОС:'],
      ['answer', 'С.В. Лавров', 'С.В. ЛАВРОВ:'],
    ],
  },
  {
    file: 'jo-china-embassy-gov-cn-fyrth-hua-chunying-2020-07-17.txt',
    url: 'http://jo.china-embassy.gov.cn/eng/fyrth/202007/t20200718_1979300.htm',
    title: "Foreign Ministry Spokesperson Hua Chunying's Regular Press Conference on July 17, 2020",
    date: '2020-07-17',
    place: null,
    turns: [
      ['question', 'China Daily', 'China Daily:'],
      ['answer', 'Hua Chunying', 'Hua Chunying:'],
    ],
  },
  {
    file: 'mea-gov-in-briefing-33208-2020-11-12.txt',
    url: 'https://www.mea.gov.in/media-briefings.htm?dtl/33208/',
    title: 'Transcript of Virtual Weekly Media Briefing by the Official Spokesperson (November 12, 2020)',
    date: '2020-11-12',
    place: null,
    turns: [
      ['remarks', 'Anurag Srivastava', 'Shri Anurag Srivastava, Official Spokesperson:'],
      ['question', 'Yatin Patel', 'Shri Yatin Patel, OSD (PR):'],
    ],
  },
  {
    file: 'mea-gov-in-briefing-34875-2022-02-17.txt',
    url: 'http://mea.gov.in/media-briefings.htm?dtl/34875/',
    title: 'Transcript of Weekly Media Briefing by the Official Spokesperson (February 17, 2022)',
    date: '2022-02-17',
    place: null,
    turns: [
      ['remarks', 'Arindam Bagchi', 'Shri Arindam Bagchi, Official Spokesperson:'],
      ['question', null, 'Speaker 1:'],
      ['answer', 'Arindam Bagchi', 'Shri Arindam Bagchi, Official Spokesperson:'],
    ],
  },
  {
    file: 'meacms-mea-gov-in-briefing-33406-2021-01-14.txt',
    url: 'http://meacms.mea.gov.in/media-briefings.htm?dtl/33406/',
    title: 'Transcript of Virtual Weekly Media Briefing by the Official Spokesperson (January 14, 2021)',
    date: '2021-01-14',
    place: null,
    turns: [
      ['remarks', 'Anurag Srivastava', 'Shri Anurag Srivastava, Official Spokesperson:'],
      ['question', 'Yatin Patel', 'Shri Yatin Patel, OSD (PR):'],
      ['answer', 'Anurag Srivastava', 'Shri Anurag Srivastava, Official Spokesperson:'],
      ['question', 'Yatin Patel', 'Shri Yatin Patel, OSD (PR):'],
    ],
  },
  {
    file: 'mid-ru-en-liferay-2664840-zakharova-briefing-2017-03-02.txt',
    url: 'https://www.mid.ru/en/web/guest/foreign_policy/news/-/asset_publisher/cKNonkJE02Bw/content/id/2664840',
    title: 'Briefing by Foreign Ministry Spokesperson Maria Zakharova, Moscow, March 2, 2017',
    date: '2017-03-02',
    place: 'Moscow',
    turns: [],
  },
  {
    file: 'mid-ru-en-liferay-2732506-zakharova-briefing-2017-04-19.txt',
    url: 'https://www.mid.ru/en/foreign_policy/news/-/asset_publisher/cKNonkJE02Bw/content/id/2732506',
    title: 'Briefing by Foreign Ministry Spokesperson Maria Zakharova, Moscow, April 19, 2017',
    date: '2017-04-19',
    place: 'Moscow',
    // The text stops at the first topic's heading and the cut word "Foreign": two short
    // lines that read as headings, so no turn yet.
    turns: [],
  },
  {
    file: 'mid-ru-en-liferay-2804352-zakharova-briefing-2017-06-29.txt',
    url: 'https://www.mid.ru/en/foreign_policy/news/-/asset_publisher/cKNonkJE02Bw/content/id/2804352',
    title: 'Briefing by Foreign Ministry Spokesperson Maria Zakharova, Moscow, June 29, 2017',
    date: '2017-06-29',
    place: 'Moscow',
    turns: [],
  },
  {
    file: 'mid-ru-en-liferay-3785174-zakharova-briefing-2019-09-12.txt',
    url: 'https://www.mid.ru/en/foreign_policy/news/-/asset_publisher/cKNonkJE02Bw/content/id/3785174',
    title: 'Briefing by Foreign Ministry Spokesperson Maria Zakharova, Moscow, September 12, 2019',
    date: '2019-09-12',
    place: 'Moscow',
    turns: [],
  },
  {
    file: 'mofa-go-jp-kaiken4e_000099-state-minister-nakayama-2014-09-11.txt',
    url: 'https://www.mofa.go.jp/press/kaiken/kaiken4e_000099.html',
    title: 'Press Conference by State Minister Yasuhide Nakayama',
    date: '2014-09-11',
    place: 'Ministry of Foreign Affairs',
    turns: [
      ['remarks', 'Yasuhide Nakayama', 'State Minister for Foreign Affairs Yasuhide Nakayama:'],
      ['remarks', 'Yasuhide Nakayama', 'State Minister Nakayama:'],
      ['question', 'Kojima', 'Kojima, NHK:'],
    ],
  },
  {
    file: 'mofa-go-jp-kaiken4e_000585-press-secretary-osuga-2018-12-12.txt',
    url: 'https://www.mofa.go.jp/press/kaiken/kaiken4e_000585.html',
    title: 'Press Conference by Foreign Press Secretary Takeshi Osuga',
    date: '2018-12-12',
    place: 'Ministry of Foreign Affairs',
    turns: [
      ['remarks', 'Takeshi Osuga', 'Mr. Takeshi Osuga, Foreign Press Secretary:'],
      ['remarks', 'Takeshi Osuga', 'Foreign Press Secretary Osuga:'],
    ],
  },
  {
    file: 'rusemb-org-uk-article-307-lavrov-interview-2014-03-28.txt',
    url: 'https://www.rusemb.org.uk/article/307',
    title: 'Interview by the Russian Foreign Minister Sergey Lavrov, given to the programme “Voskresnoye vremya” Moscow, 28 March 2014',
    date: '2014-03-28',
    place: 'Moscow',
    turns: [
      ['question', null, 'Question:'],
      ['answer', LAVROV, 'Sergey Lavrov:'],
    ],
  },
  {
    file: 'rusemb-org-uk-article-551-putin-macron-press-statements.txt',
    url: 'https://rusemb.org.uk/article/551',
    title: 'Presidents of Russia and France made press statements and answered media questions',
    date: null,
    place: null,
    // The editor's lead ("Ahead of their talks, ...") is spoken by no one.
    turns: [
      ['remarks', null, null],
      ['remarks', 'Emmanuel Macron', 'President of France Emmanuel Macron (retranslated):'],
    ],
  },
  {
    file: 'state-gov-briefing-2022-06-06.txt',
    url: 'https://www.state.gov/briefings/department-press-briefing-june-6-2022/',
    title: 'Department Press Briefing – June 6, 2022',
    date: '2022-06-06',
    place: null,
    turns: [
      ['remarks', 'Price', 'MR PRICE:'],
      ['remarks', 'Price', 'MR PRICE:'],
    ],
  },
  {
    file: 'state-gov-briefing-2022-08-18.txt',
    url: 'https://www.state.gov/briefings/department-press-briefing-august-18-2022/',
    title: 'Department Press Briefing – August 18, 2022',
    date: '2022-08-18',
    place: null,
    turns: [
      ['remarks', 'Price', 'MR PRICE:'],
      ['remarks', 'Price', 'MR PRICE:'],
      ['question', null, 'QUESTION:'],
      ['answer', 'Price', 'MR PRICE:'],
      ['question', null, 'QUESTION:'],
      ['question', null, 'QUESTION:'],
    ],
  },
];
