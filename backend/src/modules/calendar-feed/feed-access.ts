import { Actor, isOperator } from '../../common/auth/actor.js';
import { badInput, forbidden } from '../../common/errors/domain-error.js';
import { assertUuid } from './ids.js';
import { CalendarFeedScope } from './calendar-feed.entity.js';

/**
 * Whose feed a caller asks for. A manager: its own studio's (another studio's is FORBIDDEN,
 * the site's too). The operator: any studio's (named) and the site's.
 */
export function feedTargetOf(actor: Actor, scope: CalendarFeedScope, studioId?: string | null): { scope: CalendarFeedScope; studioId: string | null } {
  if (studioId) assertUuid('studioId', studioId);
  if (scope === CalendarFeedScope.SITE) {
    if (!isOperator(actor)) throw forbidden('Only the site operator has the whole site’s calendar');
    if (studioId) throw badInput('studioId', 'The site’s calendar covers every studio: leave studioId out, or ask for scope STUDIO');
    return { scope, studioId: null };
  }
  if (scope !== CalendarFeedScope.STUDIO) throw badInput('scope', 'scope is STUDIO or SITE');
  if (isOperator(actor)) {
    if (!studioId) throw badInput('studioId', 'Say which studio’s calendar this is (studioId)');
    return { scope, studioId };
  }
  if (studioId && studioId !== actor.studioId) throw forbidden('You can only manage your own studio’s calendar');
  return { scope, studioId: actor.studioId };
}

/** May this caller manage (see, replace, revoke) a feed of this studio (null: the site's)? */
export function assertFeedAccess(actor: Actor, feed: { studioId: string | null }): void {
  if (isOperator(actor)) return;
  if (feed.studioId === null || feed.studioId !== actor.studioId) throw forbidden('This calendar belongs to another studio');
}
