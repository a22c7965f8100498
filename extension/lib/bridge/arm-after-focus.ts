import { useEffect, useState } from 'preact/hooks';

/** How long the window's buttons stay inert once it is visible and focused. */
export const ARM_DELAY_MS = 500;

/**
 * False until the window has been visible and focused for ARM_DELAY_MS, and again whenever it loses
 * either: a click or key press aimed at the page underneath, as the window pops up, answers nothing.
 */
export function useArmedAfterFocus(win: Window = window): boolean {
  const [armed, setArmed] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = () => {
      clearTimeout(timer);
      setArmed(false);
      if (win.document.visibilityState === 'visible' && win.document.hasFocus()) timer = setTimeout(() => setArmed(true), ARM_DELAY_MS);
    };
    check();
    const events = ['focus', 'blur', 'visibilitychange'] as const;
    for (const type of events) win.addEventListener(type, check);
    return () => {
      clearTimeout(timer);
      for (const type of events) win.removeEventListener(type, check);
    };
  }, [win]);
  return armed;
}
