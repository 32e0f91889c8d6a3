import { useCallback, useRef } from 'react';

/**
 * A box that scrolls sideways (a wide table on a phone) takes a Tab stop so that a keyboard
 * can scroll it too; one that fits does not (no useless Tab stop). Returns a callback ref.
 */
export function useScrollFocusable<T extends HTMLElement>() {
  const observer = useRef<ResizeObserver | null>(null);
  return useCallback((el: T | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const update = () => {
      if (el.scrollWidth > el.clientWidth + 1) el.tabIndex = 0;
      else el.removeAttribute('tabindex');
    };
    update();
    observer.current = new ResizeObserver(update);
    observer.current.observe(el);
  }, []);
}
