export type Health = 'unknown' | 'ok' | 'server-down' | 'neo4j-down';

export interface Notice {
  kind: 'error' | 'info';
  text: string;
  /** A button beside the text (e.g. Undo after a correction). */
  action?: { label: string; run: () => void };
}

export interface StatusState {
  health: Health;
  /** Requests in flight; the UI shows a spinner while above zero. */
  busy: number;
  notice?: Notice;
}
