import { startBoardPage } from './board-page';
import './overlay.css';

// The goal bar (/overlay/{token}/goal): the current stream's goal and how far the gifts got.
startBoardPage((board, strings, format) => {
  if (!board.goal) return <div class="goal goal--none" />;
  const { coins, title } = board.goal;
  const percent = Math.min(100, Math.floor((board.progressCoins * 100) / coins));
  return (
    <section class="goal">
      <p class="goal__title">
        <span>{title || strings.goal}</span>
        <span class="goal__figures">
          {format.format(board.progressCoins)} / {format.format(coins)} {strings.coins}
        </span>
      </p>
      <div class="goal__track" role="progressbar" aria-label={strings.goal} aria-valuemin={0} aria-valuemax={coins} aria-valuenow={Math.min(board.progressCoins, coins)}>
        <div class="goal__fill" style={{ width: `${percent}%` }} />
      </div>
    </section>
  );
});
