/**
 * The status a conflict's resolution leaves the article in. The resolution's head goes to the server, which
 * judges its status as a move from the status it holds (designDoc.ts: `headMoves`, one move or several the
 * role makes in a row). Keeping another person's version must not make a move the person's role may not
 * make (a reporter keeping the editor's spiked version would be a reporter spiking: refused, a needless
 * refusal found by the random newsroom day, seed 178), so the chosen version's text is kept and, when its
 * status is out of the role's reach, the server's status stays. The same tables as the server's, so the
 * desktop and the server cannot disagree.
 */
import type { Status } from '../article/status';
import type { Role } from '../settings/schema';
import { headMoveRoles } from './designDoc';

let table: Record<string, Role[]> | null = null;

/** Whether `role` may bring an article's head from `from` to `to` (no move at all is always allowed). */
export function mayMoveHead(from: Status, to: Status, role: Role): boolean {
  if (from === to) return true;
  table ??= headMoveRoles();
  return table[`${from}>${to}`]?.includes(role) ?? false;
}

/** `chosen` when the role may move the server's status there, else the server's status. */
export function resolvedStatus(chosen: Status, serverStatus: Status, role: Role): Status {
  return mayMoveHead(serverStatus, chosen, role) ? chosen : serverStatus;
}
