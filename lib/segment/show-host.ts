/**
 * Korean talk radio and television name a current-affairs show after its host, in the possessive ("김어준의 겸손은힘들다
 * 뉴스공장", "김현정의 뉴스쇼"), and a transcript's lead or credits cite the show so ("아래 인터뷰는 … “김어준의 … 뉴스공장”
 * 방송분입니다"): that name is the host's, who asks, whoever speaks first or asks the first question ("왜 안 하셨죠?").
 */
export function hostsOfShows(texts: readonly string[]): string[] {
  const hosts: string[] = [];
  for (const text of texts) for (const found of text.matchAll(SHOW_OF_HOST)) hosts.push(found[1]!);
  return hosts;
}

/**
 * A name of two to four syllables after an opening quotation mark or bracket, the possessive "의", then up to three words
 * of the show's name, the last a word of broadcasting (news, show, radio, talk, factory, focus, journal…).
 */
const SHOW_OF_HOST =
  /(?<=[“"'‘<〈《「『[(])((?:(?!의)\p{sc=Hangul}){2,4})의\s?(?:[\p{sc=Hangul}\p{L}\d]+\s){0,3}[\p{sc=Hangul}\p{L}\d]*?(?:뉴스|쇼|라디오|토크|공장|집중|저널|하이킥|전망대|시사)/gu;

/**
 * A Korean broadcast's transcript labels its host by role ("[앵커]", "진행자:") under credits that name one host
 * ("■ 진행 : 이세나 앵커"): the label is that host's. Not where the credits name two hosts or none.
 */
export function hostOfRoleLabel(labelName: string, hosts: readonly string[]): string | null {
  const distinct = new Set(hosts);
  return distinct.size === 1 && HOST_ROLE.test(labelName.trim()) ? [...distinct][0]! : null;
}

/** A Korean host's role, as a label gives it alone: anchor, presenter, master of ceremonies. */
const HOST_ROLE = /^(?:앵커|진행자?|사회자?)$/u;
