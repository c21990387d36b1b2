import { readFileSync } from 'node:fs';

/**
 * One request Chromium's network stack started, from a log written with `--log-net-log`:
 * everything the browser fetched, whoever asked (pages, extension pages, service workers,
 * content scripts, the browser itself), whether or not an answer came.
 */
export interface LoggedRequest {
  url: string;
  method: string;
  /** The origin that asked ("chrome-extension://<id>", "http://mid.ru:4711"), or "not an origin" for the browser. */
  initiator: string;
  /** The network isolation key: the top frame's site and the requesting frame's site. */
  isolationKey: string;
}

interface NetLog {
  constants: { logEventTypes: Record<string, number> };
  events: { type: number; params?: { url?: string; method?: string; initiator?: string; network_isolation_key?: string } }[];
}

/** The requests in a net log; call once the browser has closed, when the file is complete. */
export function readNetLog(path: string): LoggedRequest[] {
  const log = JSON.parse(readFileSync(path, 'utf8')) as NetLog;
  const start = log.constants.logEventTypes.URL_REQUEST_START_JOB;
  return log.events
    .filter((event) => event.type === start && event.params?.url)
    .map(({ params }) => ({
      url: params!.url!,
      method: params!.method ?? '',
      initiator: params!.initiator ?? '',
      isolationKey: params!.network_isolation_key ?? '',
    }));
}
