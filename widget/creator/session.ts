import type { Creator } from '@core/messages';

/** The signed-in creator, as every part of the dashboard (and every settings section) receives it. */
export interface CreatorSession {
  token: string;
  creator: Creator;
  /** fetch() on the gift server (same origin) with the creator token in `Authorization`. */
  authorizedFetch(path: string, init?: RequestInit): Promise<Response>;
}

export function creatorSession(token: string, creator: Creator): CreatorSession {
  return {
    token,
    creator,
    authorizedFetch(path, init = {}) {
      const headers = new Headers(init.headers);
      headers.set('Authorization', `Bearer ${token}`);
      if (typeof init.body === 'string') headers.set('Content-Type', 'application/json');
      return fetch(path, { ...init, headers });
    },
  };
}
