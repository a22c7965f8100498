import type { Translator } from '../i18n/locale';
import { goalProgress } from '../logic/goal';

/** The stream goal: a native progress bar (no inline styles, so strict CSPs are fine) and its figures. */
export function GoalBar({ i18n, collected, goal }: { i18n: Translator; collected: number; goal: number }) {
  const progress = goalProgress(collected, goal);
  const figures = `${i18n.number(progress.collected)} / ${i18n.coins(progress.goal)}`;
  return (
    <div class={progress.reached ? 'goal reached' : 'goal'} part="goal">
      <span class="goal-label">{progress.reached ? i18n.t.goalReached : i18n.t.goal}</span>
      <progress
        part="goal-bar"
        max={progress.goal}
        value={Math.min(progress.collected, progress.goal)}
        aria-label={i18n.t.goal}
        aria-valuetext={`${figures} (${progress.percent}%)`}
      />
      <span class="goal-figures" data-testid="goal-figures">
        {figures}
      </span>
    </div>
  );
}
