import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../lib/background/start-background';

// The background is the single owner of the wallet database; pages only send messages.
export default defineBackground(() => startBackground());
