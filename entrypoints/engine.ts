import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startEngine, takeOver } from '../extension/in-page/page-engine';

/**
 * The engine in the page, built to /engine.js and never declared in the manifest: the
 * background injects it into a frame whose detector (entrypoints/content.ts) found a
 * transcript, and the popup and the context menu inject it (under `activeTab`) wherever none
 * is running. Each injection takes over from the copy already in the frame.
 */
export default defineUnlistedScript(() => {
  takeOver(globalThis, () => startEngine(document));
});
