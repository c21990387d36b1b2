import { saveTranscript } from '../library/store';
import { saveAllTabs } from '../tab/save-all-tabs';
import { listenForCaptureCommands, type CaptureCommand, type CaptureReply } from './capture-commands';
import { readCaptureJob, writeCaptureJob } from './capture-job';
import { CaptureRunner } from './capture-runner';
import { readPageFromListingTab, tabOrigin } from './listed-page-reading';

/**
 * The background's side of capturing a listing and saving every tab: one runner, the popup's
 * commands, and a capture that was running when the service worker stopped picked up again.
 */
export function startCaptureService(): CaptureRunner {
  const runner = new CaptureRunner({
    readPage: readPageFromListingTab,
    tabOrigin,
    save: (transcript) => saveTranscript(transcript),
    load: readCaptureJob,
    store: writeCaptureJob,
    now: () => Date.now(),
    wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  });
  listenForCaptureCommands((command) => handle(runner, command));
  void runner.recover();
  return runner;
}

async function handle(runner: CaptureRunner, command: CaptureCommand): Promise<CaptureReply> {
  switch (command.command) {
    case 'start':
      return refusal(await runner.start(command.tabId, command.listingUrl, command.pages));
    case 'cancel':
      await runner.cancel();
      return { ok: true, message: null };
    case 'resume':
      return refusal(await runner.resume(command.tabId));
    case 'clear':
      await runner.clear();
      return { ok: true, message: null };
    case 'saveAllTabs':
      return { ok: true, message: await saveAllTabs() };
  }
}

function refusal(message: string | null): CaptureReply {
  return message === null ? { ok: true, message: null } : { ok: false, message };
}
