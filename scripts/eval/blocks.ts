/**
 * Debugging aid: prints the blocks the engine reads from one page (after boilerplate), each with
 * the label it opens with, so a wrong turn can be traced to its step.
 *
 *   npx tsx scripts/eval/blocks.ts tests/corpus/pages/NAME.html
 */
import { readFileSync } from 'node:fs';
import { detectTranscript } from '../../lib/detect';
import { readBlocks } from '../../lib/page/blocks';
import { dropBoilerplate } from '../../lib/page/boilerplate';
import { readLabel } from '../../lib/segment/label-reading';
import { locateAnywhere, locateParts } from '../../lib/sites/locate';
import { declaredUrl, parseDocument } from '../lib/parse-html';

const file = process.argv[2];
if (!file) throw new Error('usage: tsx scripts/eval/blocks.ts FILE.html');
const html = readFileSync(file, 'utf8');
const doc = parseDocument(html);
const url = new URL(declaredUrl(doc) ?? 'https://example.org/');
const detection = detectTranscript(doc, url);
const parts = locateParts(detection.adapter, doc, detection) ?? locateAnywhere(doc);
if (!parts) throw new Error('no body');
console.log(
  `adapter ${detection.adapter.id}; title “${parts.title}”; bodies ${parts.bodies.map((b) => `${b.tagName.toLowerCase()}.${b.className}`).join(', ')}`,
);
const raw = parts.bodies.flatMap((body) => readBlocks(body, { skip: parts.skip }));
const kept = new Set(dropBoilerplate(raw, { title: parts.title }));
if (parts.lead) console.log(`lead box: ${parts.lead.textContent?.trim().slice(0, 110) ?? ''}`);
for (const block of raw) {
  // Segmentation's reading of the label (detection's scan reads it with matchLabel alone).
  const label = readLabel(block.text, block.boldPrefix);
  const flags = [block.heading ? 'H' : '', block.wholeBold ? 'B' : '', kept.has(block) ? '' : 'DROP'].filter(Boolean).join(',');
  console.log(`${flags.padEnd(6)} ${label ? `[${label.kind}:${label.text}|${label.strength}] ` : ''}${block.text.slice(0, 110)}`);
}
