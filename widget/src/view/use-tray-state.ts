import { useEffect, useReducer } from 'preact/hooks';
import type { TrayController, TrayState } from '../tray-controller';

/** Re-renders on every controller change. Plain hooks rather than signals: they cost less of the first-load budget. */
export function useTrayState(controller: TrayController): TrayState {
  const [, rerender] = useReducer((version: number) => version + 1, 0);
  useEffect(() => controller.subscribe(rerender as () => void), [controller]);
  return controller.state;
}
