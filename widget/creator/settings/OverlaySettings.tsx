import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_GIFT_CATALOG } from '@core/gift-catalog';
import type { CreatorOverlayResponse, OverlayGiftersResponse, OverlayUrlResponse } from '@core/messages';
import { alertSettingsSchema, type AlertSettings } from '@core/overlay';
import { ALERT_SIZES, ALERT_SOUNDS, type AlertTier } from '@core/overlay';
import type { SettingsSectionProps } from '../settings-sections';
import { OverlayRefusal, overlaySettingsClient } from './overlay-settings-client';
import { overlayWords, type OverlayWords } from './overlay-settings-words';

/** How often the section asks whether an overlay is connected. */
const PRESENCE_POLL_MS = 5000;

type Note = { kind: 'success' | 'error'; text: string } | null;
const errorText = (error: unknown, w: OverlayWords) => (error instanceof OverlayRefusal ? error.message : w.somethingWrong);
const value = (event: Event) => (event.currentTarget as HTMLInputElement).value;

function Status({ note }: { note: Note }) {
  return (
    <p role="status" class={note?.kind ?? ''}>
      {note?.text ?? ''}
    </p>
  );
}

function AddressPart({ state, w, locale, client, onMade }: { state: CreatorOverlayResponse; w: OverlayWords; locale: string; client: ReturnType<typeof overlaySettingsClient>; onMade: () => void }) {
  const [made, setMade] = useState<OverlayUrlResponse | null>(null);
  const [note, setNote] = useState<Note>(null);
  const make = async () => {
    setNote(null);
    try {
      setMade(await client.makeUrl());
      onMade();
    } catch (error) {
      setNote({ kind: 'error', text: errorText(error, w) });
    }
  };
  const pages = made ? ([[w.alertsPage, made.urls.alerts], [w.goalPage, made.urls.goal], [w.topGiftersPage, made.urls.topGifters]] as const) : [];
  return (
    <div class="stack" data-part="overlay-address">
      <h3>{w.address}</h3>
      <p class="hint">{w.addressHint}</p>
      <p data-overlay="connection">{state.connected ? w.connected(state.connections) : w.notConnected}</p>
      {!made && <p class="hint">{state.url.exists && state.url.createdAt ? w.addressMadeOn(new Date(state.url.createdAt).toLocaleString(locale)) : w.noAddress}</p>}
      {made && (
        <div class="stack">
          <p class="hint">{w.copyNow}</p>
          {pages.map(([label, url]) => (
            <label class="field" key={label}>
              {label}
              <input readOnly value={url} onFocus={(event) => event.currentTarget.select()} />
            </label>
          ))}
        </div>
      )}
      {state.url.exists && <p class="hint">{w.newAddressWarning}</p>}
      <div class="row">
        <button type="button" class="primary" onClick={() => void make()}>
          {state.url.exists ? w.makeNewAddress : w.makeAddress}
        </button>
      </div>
      <Status note={note} />
    </div>
  );
}

function TierRow({ tier, index, w, onChange }: { tier: AlertTier; index: number; w: OverlayWords; onChange: (tier: AlertTier) => void }) {
  const id = (name: string) => `overlay-tier-${index}-${name}`;
  return (
    <fieldset class="row" data-tier={index}>
      <legend>{`${w.fromCoins}: ${tier.minCoins}`}</legend>
      <label for={id('coins')}>{w.fromCoins}</label>
      <input id={id('coins')} type="number" min={1} step={1} disabled={index === 0} value={tier.minCoins} onInput={(event) => onChange({ ...tier, minCoins: Number(value(event)) })} />
      <label for={id('size')}>{w.size}</label>
      <select id={id('size')} value={tier.size} onChange={(event) => onChange({ ...tier, size: value(event) as AlertTier['size'] })}>
        {ALERT_SIZES.map((size) => (
          <option value={size}>{w.sizes[size]}</option>
        ))}
      </select>
      <label for={id('colour')}>{w.colour}</label>
      <input id={id('colour')} type="color" value={tier.colour} onInput={(event) => onChange({ ...tier, colour: value(event) })} />
      <label for={id('seconds')}>{w.seconds}</label>
      <input id={id('seconds')} type="number" min={1} max={30} step={0.5} value={tier.durationMs / 1000} onInput={(event) => onChange({ ...tier, durationMs: Math.round(Number(value(event)) * 1000) })} />
      <label for={id('sound')}>{w.sound}</label>
      <select id={id('sound')} value={tier.sound} onChange={(event) => onChange({ ...tier, sound: value(event) as AlertTier['sound'] })}>
        {ALERT_SOUNDS.map((sound) => (
          <option value={sound}>{w.sounds[sound]}</option>
        ))}
      </select>
    </fieldset>
  );
}

function AlertsPart({ initial, w, client }: { initial: AlertSettings; w: OverlayWords; client: ReturnType<typeof overlaySettingsClient> }) {
  const [settings, setSettings] = useState(initial);
  const [note, setNote] = useState<Note>(null);
  const set = (change: Partial<AlertSettings>) => setSettings((current) => ({ ...current, ...change }));
  const save = async () => {
    setNote(null);
    const checked = alertSettingsSchema.safeParse(settings);
    if (!checked.success) return setNote({ kind: 'error', text: checked.error.issues.map((issue) => issue.message).join('; ') });
    try {
      setSettings((await client.saveSettings(checked.data)).settings);
      setNote({ kind: 'success', text: w.saved });
    } catch (error) {
      setNote({ kind: 'error', text: errorText(error, w) });
    }
  };
  return (
    <form
      class="stack"
      data-part="overlay-alerts"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h3>{w.alerts}</h3>
      <label class="row">
        <input type="checkbox" checked={settings.enabled} onChange={(event) => set({ enabled: (event.currentTarget as HTMLInputElement).checked })} />
        {w.enabled}
      </label>
      <label class="field">
        {w.minCoins}
        <input type="number" min={1} step={1} value={settings.minCoins} onInput={(event) => set({ minCoins: Number(value(event)) })} />
      </label>
      <label class="field">
        {w.pauseSeconds}
        <input type="number" min={0} max={10} step={0.1} value={settings.pauseMs / 1000} onInput={(event) => set({ pauseMs: Math.round(Number(value(event)) * 1000) })} />
      </label>
      <label class="field">
        {w.comboSeconds}
        <input type="number" min={0} max={15} step={0.5} value={settings.comboWindowMs / 1000} onInput={(event) => set({ comboWindowMs: Math.round(Number(value(event)) * 1000) })} />
      </label>
      <label class="field">
        {w.volume}
        <input type="range" min={0} max={100} step={5} value={settings.volume} onInput={(event) => set({ volume: Number(value(event)) })} />
      </label>
      <h4>{w.tiers}</h4>
      {settings.tiers.map((tier, index) => (
        <TierRow key={index} tier={tier} index={index} w={w} onChange={(next) => set({ tiers: settings.tiers.map((item, i) => (i === index ? next : item)) })} />
      ))}
      <div class="row">
        <button type="submit" class="primary">
          {w.save}
        </button>
      </div>
      <Status note={note} />
    </form>
  );
}

function TestPart({ w, client }: { w: OverlayWords; client: ReturnType<typeof overlaySettingsClient> }) {
  const [giftId, setGiftId] = useState('rose');
  const [note, setNote] = useState<Note>(null);
  const send = async () => {
    setNote(null);
    try {
      await client.testAlert(giftId);
      setNote({ kind: 'success', text: w.testSent });
    } catch (error) {
      setNote({ kind: 'error', text: errorText(error, w) });
    }
  };
  return (
    <div class="stack" data-part="overlay-test">
      <h3>{w.testAlert}</h3>
      <label class="field" for="overlay-test-gift">
        {w.testGift}
      </label>
      <select id="overlay-test-gift" value={giftId} onChange={(event) => setGiftId(value(event))}>
          {DEFAULT_GIFT_CATALOG.map((gift) => (
          <option value={gift.id}>{`${gift.name} (${gift.coins})`}</option>
        ))}
      </select>
      <div class="row">
        <button type="button" onClick={() => void send()}>
          {w.sendTest}
        </button>
      </div>
      <Status note={note} />
    </div>
  );
}

/** `checkedAt` changes with every refresh of the section, so new gifters appear without reloading the page. */
function HiddenPart({ w, client, checkedAt, onChange }: { w: OverlayWords; client: ReturnType<typeof overlaySettingsClient>; checkedAt: number; onChange: () => void }) {
  const [gifters, setGifters] = useState<OverlayGiftersResponse['gifters'] | null>(null);
  const [note, setNote] = useState<Note>(null);
  const load = () =>
    client
      .gifters()
      .then((body) => setGifters(body.gifters))
      .catch(() => setGifters([]));
  useEffect(() => void load(), [client, checkedAt]);
  const toggle = async (viewerKey: string, hidden: boolean) => {
    setNote(null);
    try {
      await client.setHidden(viewerKey, hidden);
      await load();
      onChange();
    } catch (error) {
      setNote({ kind: 'error', text: errorText(error, w) });
    }
  };
  return (
    <div class="stack" data-part="overlay-hidden">
      <h3>{w.hiddenViewers}</h3>
      <p class="hint">{w.hiddenHint}</p>
      {gifters === null ? (
        <p>{w.loading}</p>
      ) : gifters.length === 0 ? (
        <p class="hint">{w.noGifters}</p>
      ) : (
        <ul class="stack">
          {gifters.map((gifter) => (
            <li class="row" key={gifter.viewerKey}>
              <span>{gifter.hidden ? `${gifter.name} (${w.hidden})` : gifter.name}</span>
              <button type="button" onClick={() => void toggle(gifter.viewerKey, !gifter.hidden)}>
                {gifter.hidden ? w.unhide : w.hide}
              </button>
            </li>
          ))}
        </ul>
      )}
      <Status note={note} />
    </div>
  );
}

/** The alert overlay's settings: its secret address, whether it is connected, alerts, a test alert, hidden viewers. */
export function OverlaySettings({ session, locale }: SettingsSectionProps) {
  const w = overlayWords(locale);
  const [client] = useState(() => overlaySettingsClient(session));
  const [state, setState] = useState<CreatorOverlayResponse | null>(null);
  const [checkedAt, setCheckedAt] = useState(0);
  const [failed, setFailed] = useState(false);
  const refresh = () =>
    client
      .state()
      .then((next) => {
        setState(next);
        setCheckedAt(Date.now());
        setFailed(false);
      })
      .catch(() => setFailed(true));
  useEffect(() => {
    void refresh();
    const timer = setInterval(() => void refresh(), PRESENCE_POLL_MS);
    return () => clearInterval(timer);
  }, [client]);
  if (!state) return <p>{failed ? w.somethingWrong : w.loading}</p>;
  return (
    <div class="stack">
      <AddressPart state={state} w={w} locale={locale} client={client} onMade={() => void refresh()} />
      <AlertsPart initial={state.settings} w={w} client={client} />
      <TestPart w={w} client={client} />
      <HiddenPart w={w} client={client} checkedAt={checkedAt} onChange={() => void refresh()} />
    </div>
  );
}
