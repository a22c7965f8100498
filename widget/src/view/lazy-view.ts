import { h, type ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A part of the tray that is rarely shown (the confirmation, the choice between several wallets): its
 * code loads the first time it is rendered, so it stays out of the entry. It renders nothing until then.
 */
export function lazyView<Props extends object>(load: () => Promise<ComponentType<Props>>): ComponentType<Props> {
  let loaded: ComponentType<Props> | undefined;
  return function LazyView(props: Props) {
    const [, setReady] = useState(false);
    useEffect(() => {
      if (!loaded) void load().then((component) => ((loaded = component), setReady(true)));
    }, []);
    return loaded ? h(loaded, props) : null;
  };
}
