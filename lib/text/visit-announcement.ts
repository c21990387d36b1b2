/**
 * A spokesperson's announcement of a visit, opening a paragraph: "At the invitation of …, … will pay
 * an official visit …", "По приглашению …", "Por invitación de …", "应…邀请，…". A regular briefing opens
 * with these before any question (China's, and its embassies' copies), and a stored copy may hold nothing
 * else. Not yet Vietnamese "Nhận lời mời của …": its briefings' announcements run on across numbered topics,
 * which segmentation reads as turns of their own. Read only under a title that names a briefing
 * or a press conference (lib/detection/label-scan.ts, ScanOptions.announcement): a press release
 * announces visits in the same words. The engine's reading: the content script's bytes are counted.
 */
export const VISIT_ANNOUNCEMENT =
  /^(?:(?:at|upon|on) the invitation of|по приглашению|на запрошення|por invitación d|a invitación d|à l['’]invitation d|auf einladung|su invito d|a convite d|بدعوة من|تلبية لدعوة|应[^，。]{1,40}邀请|應[^，。]{1,40}邀請)/iu;
