/**
 * How this project starts Chromium, for the benchmark and the end-to-end tests alike: the
 * system's Chromium, never a downloaded one, and quiet on a closed network
 * (../shared/TOOLCHAIN.md: without the background-networking switches it floods the network
 * with requests that fail).
 */
export const CHROMIUM_EXECUTABLE = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const QUIET_CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
