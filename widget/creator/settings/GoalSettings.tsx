import { useEffect, useState } from 'preact/hooks';
import type { StreamGoal } from '@core/messages/gift-server-api';
import { ApiRefusal, creatorClient } from '../creator-client';
import { wordsFor } from '../i18n/format';
import type { SettingsSectionProps } from '../settings-sections';

interface StreamGoalRow {
  id: string;
  goal: StreamGoal | null;
}

function GoalForm({ stream, props, onSaved }: { stream: StreamGoalRow; props: SettingsSectionProps; onSaved: (row: StreamGoalRow) => void }) {
  const { t, number } = wordsFor(props.locale);
  const [coins, setCoins] = useState(stream.goal ? String(stream.goal.coins) : '');
  const [title, setTitle] = useState(stream.goal?.title ?? '');
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  async function save(goal: StreamGoal | null) {
    setMessage(null);
    try {
      onSaved(await creatorClient(props.session).setGoal(stream.id, goal));
      setMessage({ kind: 'success', text: t.goalSaved });
    } catch (error) {
      setMessage({ kind: 'error', text: error instanceof ApiRefusal ? error.message : t.somethingWrong });
    }
  }
  const field = (name: string) => `goal-${stream.id}-${name}`;
  return (
    <form
      class="stack"
      data-stream={stream.id}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save({ coins: Number(coins), title: title.trim() });
      }}
    >
      <h3>{stream.id}</h3>
      <p class="hint">{stream.goal ? t.goalNow(number(stream.goal.coins), stream.goal.title) : t.goalNone}</p>
      <label class="field" for={field('coins')}>
        {t.goalCoins}
      </label>
      <input id={field('coins')} type="number" inputMode="numeric" min={1} step={1} value={coins} onInput={(event) => setCoins((event.currentTarget as HTMLInputElement).value)} />
      <label class="field" for={field('title')}>
        {t.goalTitle}
      </label>
      <input id={field('title')} maxLength={80} value={title} onInput={(event) => setTitle((event.currentTarget as HTMLInputElement).value)} />
      <div class="row">
        <button type="submit" class="primary">
          {t.saveGoal}
        </button>
        {stream.goal && (
          <button type="button" onClick={() => void save(null)}>
            {t.clearGoal}
          </button>
        )}
      </div>
      <p role="status" class={message?.kind ?? ''}>
        {message?.text ?? ''}
      </p>
    </form>
  );
}

/** The goal bar of each of the creator's streams, as the stream's snapshot and feed show it. */
export function GoalSettings(props: SettingsSectionProps) {
  const { t } = wordsFor(props.locale);
  const [streams, setStreams] = useState<StreamGoalRow[] | null>(null);
  useEffect(() => {
    creatorClient(props.session)
      .streams()
      .then(setStreams)
      .catch(() => setStreams([]));
  }, [props.session]);
  if (!streams) return <p>{t.loading}</p>;
  return (
    <div class="stack">
      <p class="hint">{t.goalHint}</p>
      {streams.length === 0 && <p class="hint">{t.noStreams}</p>}
      {streams.map((stream) => (
        <GoalForm key={stream.id} stream={stream} props={props} onSaved={(row) => setStreams((all) => all?.map((item) => (item.id === row.id ? row : item)) ?? null)} />
      ))}
    </div>
  );
}
