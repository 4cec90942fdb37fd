import { useEffect } from 'react';
import type { Screen } from './ScreenNav';

const BY_CODE: Readonly<Record<string, Screen>> = { Digit1: 'review', Digit2: 'quality' };

/**
 * Ctrl+1 / Ctrl+2 (⌘ on macOS) switch between the worklist and "Models & quality" from anywhere,
 * dialogs excepted. By key code, so keyboard layouts whose digits need Shift work too.
 */
export function useScreenKeys(select: (screen: Screen) => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      const screen = BY_CODE[event.code];
      if (!screen || !(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      select(screen);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [select]);
}
