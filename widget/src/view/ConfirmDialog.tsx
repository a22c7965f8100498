import { useEffect, useRef } from 'preact/hooks';
import type { Translator } from '../i18n/locale';
import type { PendingConfirmation } from '../tray-controller';

interface ConfirmDialogProps {
  i18n: Translator;
  pending: PendingConfirmation | null;
  onAnswer: (confirmed: boolean) => void;
}

/** A modal question before an expensive gift: the native dialog traps focus and closes on Escape. */
export function ConfirmDialog({ i18n, pending, onAnswer }: ConfirmDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (pending && !element.open) element.showModal();
    if (!pending && element.open) element.close();
  }, [pending]);
  const { t } = i18n;
  return (
    <dialog
      ref={dialog}
      class="confirm"
      part="confirm"
      aria-labelledby="confirm-question"
      onCancel={(event) => {
        event.preventDefault();
        onAnswer(false);
      }}
    >
      <p id="confirm-question">
        {pending ? t.confirm(pending.gift.name, i18n.number(pending.count), i18n.coins(pending.cost)) : ''}
      </p>
      <div class="confirm-actions">
        <button type="button" part="confirm-cancel" onClick={() => onAnswer(false)}>
          {t.cancel}
        </button>
        <button type="button" class="primary" part="confirm-send" onClick={() => onAnswer(true)}>
          {t.send}
        </button>
      </div>
    </dialog>
  );
}
