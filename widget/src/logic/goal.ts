export interface GoalProgress {
  collected: number;
  goal: number;
  /** Whole percent, capped at 100 for the bar. */
  percent: number;
  reached: boolean;
}

export function goalProgress(collected: number, goal: number): GoalProgress {
  const percent = Math.min(100, Math.floor((collected * 100) / goal));
  return { collected, goal, percent, reached: collected >= goal };
}
