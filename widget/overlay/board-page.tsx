import { render, type VNode } from 'preact';
import type { OverlayBoard } from '@core/messages';
import { openOverlayConnection, tokenFromPath } from './overlay-connection';
import { overlayStrings, type OverlayStrings } from './overlay-strings';

/**
 * A board page (the goal bar, the top gifters): the snapshot on every connection, then each board update.
 * Before the first snapshot it shows nothing.
 */
export function startBoardPage(view: (board: OverlayBoard, strings: OverlayStrings, format: Intl.NumberFormat) => VNode): void {
  const root = document.getElementById('overlay')!;
  const { strings, locale } = overlayStrings(location.search);
  const format = new Intl.NumberFormat(locale);
  const show = (board: OverlayBoard) => render(view(board, strings, format), root);
  openOverlayConnection(
    { token: tokenFromPath(location.pathname), origin: location.origin },
    {
      onSnapshot: (snapshot) => show(snapshot.board),
      onBoard: show,
      onStatus: (status) => {
        document.documentElement.dataset.status = status;
        if (status === 'replaced') render(<p class="overlay-note">{strings.replaced}</p>, root);
      },
    },
  );
}
