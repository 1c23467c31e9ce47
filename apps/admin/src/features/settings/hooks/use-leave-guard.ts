import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';

/**
 * Warns before unsaved edits are lost. The app uses <BrowserRouter>, where react-router's
 * useBlocker does not work (it needs a data router), so: `beforeunload` for reloads, closing
 * the tab and leaving the site, and a capture-phase click listener that holds in-app links
 * until the admin confirms. The browser's back and forward buttons cannot be held this way.
 */
export function useLeaveGuard(active: boolean) {
  const navigate = useNavigate();
  const [pending, setPending] = useState<string | null>(null);

  useEffect(() => {
    if (!active) return undefined;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = '';
    };
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const anchor = event.target instanceof Element ? event.target.closest('a[href]') : null;
      if (!(anchor instanceof HTMLAnchorElement) || (anchor.target !== '' && anchor.target !== '_self')) return;
      const url = new URL(anchor.href, window.location.href);
      // Other sites unload the page, which beforeunload already covers.
      if (url.origin !== window.location.origin) return;
      const to = `${url.pathname}${url.search}${url.hash}`;
      if (to === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
      // Capture phase on the document runs before the router's own click handler, which is never reached.
      event.preventDefault();
      event.stopPropagation();
      setPending(to);
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('click', onClick, true);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('click', onClick, true);
    };
  }, [active]);

  return {
    /** Where the admin tried to go, while the confirmation is open. */
    pending,
    stay: () => setPending(null),
    leave: () => {
      const to = pending;
      setPending(null);
      if (to !== null) void navigate(to);
    },
  };
}
