import { useCallback, useEffect, useRef } from 'react';
import { useBlocker, type BlockerFunction, type Location } from 'react-router';

/** A screen's hold on unsaved edits, for LeaveGuardModal to ask with. */
export interface LeaveGuard {
  /** An in-app navigation is held until the person stays or leaves. */
  readonly asking: boolean;
  readonly stay: () => void;
  readonly leave: () => void;
  /** Lets the next navigation through without asking, for when the edits no longer matter (their rule set was deleted). */
  readonly release: () => void;
}

// Another screen or other query parameters; a hash alone moves within the page and loses nothing.
const leavesPage = (current: Location, next: Location) => current.pathname !== next.pathname || current.search !== next.search;

/**
 * Holds every way off a screen while `active` (it has unsaved edits): react-router's blocker
 * catches in-app links, navigate() and the browser's Back and Forward buttons (it needs the data
 * router app.tsx makes); `beforeunload` asks the browser to confirm reloads, closing the tab and
 * other sites, which no in-page dialog can hold.
 */
export function useLeaveGuard(active: boolean): LeaveGuard {
  const released = useRef(false);
  const shouldBlock = useCallback<BlockerFunction>(
    ({ currentLocation, nextLocation }) => {
      if (!active || !leavesPage(currentLocation, nextLocation)) return false;
      if (!released.current) return true;
      // One navigation only: if the screen stays (the navigation went elsewhere), it guards again.
      released.current = false;
      return false;
    },
    [active],
  );
  const blocker = useBlocker(shouldBlock);

  useEffect(() => {
    if (!active) return undefined;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [active]);

  return {
    asking: blocker.state === 'blocked',
    stay: () => blocker.reset?.(),
    leave: () => blocker.proceed?.(),
    release: () => {
      released.current = true;
    },
  };
}
