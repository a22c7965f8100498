import { useEffect, useReducer } from 'preact/hooks';
import type { TrayController, TrayState } from '../tray-controller';

/** Re-renders on every controller change. Plain hooks rather than signals: they cost less of the first-load budget. */
export function useTrayState(controller: TrayController): TrayState {
  const [, rerender] = useReducer((version: number) => version + 1, 0);
  const rendered = controller.state;
  useEffect(() => {
    const unsubscribe = controller.subscribe(rerender as () => void);
    // Effects run after paint: a change that landed in between (a wallet answering fast) would be lost.
    if (controller.state !== rendered) (rerender as () => void)();
    return unsubscribe;
  }, [controller]);
  return rendered;
}
