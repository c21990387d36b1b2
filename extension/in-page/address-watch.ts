/** How often the address is compared where the browser has no Navigation API. */
const POLL_MS = 1000;

/** The part of the Navigation API used here (Chrome 102+, Firefox 147+). */
interface NavigationEvents {
  addEventListener(type: 'currententrychange', listener: () => void): void;
  removeEventListener(type: 'currententrychange', listener: () => void): void;
}

/**
 * Calls `onChange` when the window's address changes without a page load (a site that
 * navigates with `history.pushState`): after the browser's `currententrychange`, else by
 * comparing the address once a second. Only a real change of address counts, whatever the
 * page says: nothing here listens to an event the page could send. Returns the stopper.
 */
export function watchAddress(win: Window, onChange: () => void): () => void {
  let last = win.location.href;
  const compare = () => {
    const href = win.location.href;
    if (href === last) return;
    last = href;
    onChange();
  };
  const navigation = (win as Window & { navigation?: NavigationEvents }).navigation;
  if (typeof navigation?.addEventListener === 'function') {
    navigation.addEventListener('currententrychange', compare);
    return () => navigation.removeEventListener('currententrychange', compare);
  }
  const timer = setInterval(compare, POLL_MS);
  return () => clearInterval(timer);
}
