import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** A part of a page whose code loads after the first paint, so what sits below the balance never delays it. */
export function LazyPart({ load }: { load: () => Promise<ComponentType> }) {
  const [Part, setPart] = useState<ComponentType | null>(null);
  useEffect(() => {
    let mounted = true;
    void load().then((part) => mounted && setPart(() => part));
    return () => {
      mounted = false;
    };
  }, [load]);
  return Part ? <Part /> : null;
}
