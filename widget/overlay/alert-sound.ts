import type { AlertTier } from '@core/overlay';

/** Notes (Hz) of each sound: synthesised with Web Audio, so the overlay fetches no sound file. */
const NOTES: Record<Exclude<AlertTier['sound'], 'none'>, number[]> = {
  chime: [880, 1318.5],
  fanfare: [523.25, 659.25, 783.99, 1046.5],
};

let context: AudioContext | undefined;

/** Plays the tier's sound at `volume` (0–100); silently nothing where audio is blocked. */
export function playAlertSound(sound: AlertTier['sound'], volume: number): void {
  if (sound === 'none' || volume <= 0 || typeof AudioContext === 'undefined') return;
  try {
    context ??= new AudioContext();
    const start = context.currentTime + 0.02;
    NOTES[sound].forEach((frequency, i) => {
      const oscillator = context!.createOscillator();
      const gain = context!.createGain();
      oscillator.type = sound === 'fanfare' ? 'triangle' : 'sine';
      oscillator.frequency.value = frequency;
      const at = start + i * 0.14;
      gain.gain.setValueAtTime(0, at);
      gain.gain.linearRampToValueAtTime((volume / 100) * 0.3, at + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.5);
      oscillator.connect(gain).connect(context!.destination);
      oscillator.start(at);
      oscillator.stop(at + 0.55);
    });
  } catch {
    // Autoplay rules or no audio device: an alert is still shown.
  }
}
