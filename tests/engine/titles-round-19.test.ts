import { describe, expect, it } from 'vitest';
import { guessHeadline } from '../../lib/sites/page-reading';
import { titleNamesTranscript } from '../../lib/metadata/kind';
import { parseDocument } from '../../scripts/lib/parse-html';

/**
 * Korean government boards (the e-government frame of the ministries', embassies' and institutes' sites)
 * show a post in a view: the section's name as the heading, the post's title in the view's table or in
 * a heading classed "tit", and "… 상세보기" (the detail view) as the document's title.
 */
const BODY = '<div class="bo-con"><p>안녕하세요? 오늘 브리핑을 시작하겠습니다.</p></div>';

function headlineOf(title: string, body: string): string {
  return guessHeadline(parseDocument(`<!doctype html><html lang="ko"><head><title>${title}</title></head><body>${body}</body></html>`)).text;
}

describe("a Korean government board's post", () => {
  it('is titled by the subject cell of its view table (제목 | title)', () => {
    const view = '<table class="view"><tr><th>제목</th><td>대변인 정례브리핑 (4.1)</td></tr><tr><th>부서명</th><td>언론담당관실</td></tr></table>';
    expect(headlineOf('정례브리핑 | 주피지 대한민국 대사관', `<h1 class="logo"><a href="/fj-ko/index.do">주피지 대한민국 대사관</a></h1>${view}${BODY}`)).toBe(
      '대변인 정례브리핑 (4.1)',
    );
  });

  it("is titled by its view table's heading row", () => {
    const view =
      '<table class="board_view"><thead><tr><th colspan="6">부대변인 정례브리핑(1.15)</th></tr><tr><th>부서명</th><td>언론담당관실</td><th>작성일</th><td>2026-01-15</td></tr></thead></table>';
    expect(headlineOf('외교부', `<h1>외교부</h1><h2>외교부 브리핑</h2>${view}${BODY}`)).toBe('부대변인 정례브리핑(1.15)');
  });

  it('is titled by the view\'s heading classed "tit", not by the section or the detail view\'s name', () => {
    const view =
      '<div class="bo-view"><h3 class="tit">정의용 외교부장관 기자단 상견례 녹취록 (2.9)</h3><table class="bo-info"><tr><th>작성일</th><td>2021-02-10</td></tr></table></div>';
    expect(
      headlineOf('외교부 브리핑 상세보기 | 외교부', `<h1><a href="/www/index.do">외교부</a></h1><h2 class="sub-title">외교부 브리핑</h2>${view}${BODY}`),
    ).toBe('정의용 외교부장관 기자단 상견례 녹취록 (2.9)');
  });

  it('is never titled "… 상세보기", the name of the detail view', () => {
    expect(
      headlineOf(
        '공공 수어 통역 영상 상세보기 | 국립국어원',
        `<h2 class="sub_title">공공 수어 통역 영상 상세보기</h2><div class="view"><h3>총리 브리핑(2021.04.01.)</h3></div>${BODY}`,
      ),
    ).toBe('총리 브리핑(2021.04.01.)');
  });
});

describe('the table cells a headline may stand in', () => {
  it('leave a page with an <h1> its <h1>: a table of particulars under it is no title', () => {
    const table = '<table><tr><th>Date</th><td>12 March 2021</td></tr><tr><th>Place</th><td>Geneva</td></tr></table>';
    expect(headlineOf('Press conference by the Minister', `<h1>Press conference by the Minister</h1>${table}<p>Good afternoon.</p>`)).toBe(
      'Press conference by the Minister',
    );
  });
});

describe('Korean title words', () => {
  it('"녹취록" (a recording\'s transcript) names a transcript', () => {
    expect(titleNamesTranscript('정의용 외교부장관 기자단 상견례 녹취록 (2.9)')).toBe(true);
  });
});

describe('a headline broken over two lines with <br> (presidencies, ministries, news sites)', () => {
  it('keeps a space where the line broke', () => {
    expect(
      headlineOf(
        'Presidencia de la República',
        '<h2 class="titulo">Palabras del Presidente Álvaro Uribe<br>durante el Congreso Nacional de Diputados</h2><p>Muy buenos días.</p>',
      ),
    ).toBe('Palabras del Presidente Álvaro Uribe durante el Congreso Nacional de Diputados');
    expect(headlineOf('G8 Information Centre', '<center><h2>G8 Foreign Ministers Meeting:<br>Press Conference</h2></center><p>Good afternoon.</p>')).toBe(
      'G8 Foreign Ministers Meeting: Press Conference',
    );
  });
});
