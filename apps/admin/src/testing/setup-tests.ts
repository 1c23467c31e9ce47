import '@testing-library/jest-dom';
import { TextDecoder, TextEncoder } from 'node:util';

// jsdom has no TextEncoder; the router encodes URLs with it.
Object.assign(globalThis, { TextEncoder, TextDecoder });

// jsdom lacks the browser APIs Mantine measures layout with; these stand-ins report "no match" and "no size".
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }),
});

class NoSizeResizeObserver {
  observe = (): void => undefined;
  unobserve = (): void => undefined;
  disconnect = (): void => undefined;
}
Object.defineProperty(window, 'ResizeObserver', { writable: true, value: NoSizeResizeObserver });
Object.defineProperty(window.HTMLElement.prototype, 'scrollIntoView', { writable: true, value: () => undefined });
Object.defineProperty(window, 'scrollTo', { writable: true, value: () => undefined });
