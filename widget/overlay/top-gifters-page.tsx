import { startBoardPage } from './board-page';
import './overlay.css';

// The top gifters (/overlay/{token}/top-gifters): the current stream's five most generous viewers.
startBoardPage((board, strings, format) => (
  <section class="top">
    <h1 class="top__title">{strings.topGifters}</h1>
    {board.topGifters.length === 0 ? (
      <p class="top__empty">{strings.noGifts}</p>
    ) : (
      <ol class="top__list">
        {board.topGifters.map((gifter) => (
          <li class="top__row">
            <span class="top__name">{gifter.name}</span>
            <span class="top__coins">
              {format.format(gifter.coins)} {strings.coins}
            </span>
          </li>
        ))}
      </ol>
    )}
  </section>
));
