import { describe, expect, it } from 'vitest';
import { senderOrigin } from '../../../../../extension/lib/bridge/sender-origin';

const ID = 'extension-id';

describe('the origin of a bridge request', () => {
  it('is the browser’s report of the content script’s page', () => {
    expect(senderOrigin({ id: ID, origin: 'https://live.example', url: 'https://live.example/stream/1', tab: { id: 3 } }, ID)).toBe('https://live.example');
    expect(senderOrigin({ id: ID, url: 'http://localhost:4774/demo/?x=1', tab: { id: 3 } }, ID)).toBe('http://localhost:4774');
  });

  it('is nobody for extension pages, other extensions, opaque origins and non-web schemes', () => {
    expect(senderOrigin({ id: ID, url: `chrome-extension://${ID}/popup.html` }, ID)).toBeNull();
    expect(senderOrigin({ id: 'another-extension', url: 'https://live.example/', tab: { id: 3 } }, ID)).toBeNull();
    expect(senderOrigin({ id: ID, origin: 'null', url: 'https://live.example/', tab: { id: 3 } }, ID)).toBeNull();
    expect(senderOrigin({ id: ID, url: 'file:///home/viewer/page.html', tab: { id: 3 } }, ID)).toBeNull();
  });

  it('is nobody for a plain-http site other than this machine, which a network attacker could inject into', () => {
    expect(senderOrigin({ id: ID, origin: 'http://live.example', url: 'http://live.example/', tab: { id: 3 } }, ID)).toBeNull();
    expect(senderOrigin({ id: ID, url: 'http://localhost.evil.example/', tab: { id: 3 } }, ID)).toBeNull();
    expect(senderOrigin({ id: ID, url: 'http://127.0.0.1:8080/', tab: { id: 3 } }, ID)).toBe('http://127.0.0.1:8080');
  });
});
