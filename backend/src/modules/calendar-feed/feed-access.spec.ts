import type { Actor } from '../../common/auth/actor.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { Role } from '../users/user.entity.js';
import { CalendarFeedScope } from './calendar-feed.entity.js';
import { assertFeedAccess, feedTargetOf } from './feed-access.js';

const studioA = '11111111-1111-4111-8111-111111111111';
const studioB = '22222222-2222-4222-8222-222222222222';
const operator: Actor = { userId: 'op', email: 'op@x.fr', role: Role.OPERATOR, studioId: null };
const manager: Actor = { userId: 'm', email: 'm@x.fr', role: Role.STUDIO_MANAGER, studioId: studioA };

const codeOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof DomainError ? `${e.code}${e.details.field ? `:${String(e.details.field)}` : ''}` : 'other';
  }
  return 'ok';
};

describe('who may manage which calendar feed', () => {
  it('gives a manager its own studio, named or not', () => {
    expect(feedTargetOf(manager, CalendarFeedScope.STUDIO)).toEqual({ scope: 'STUDIO', studioId: studioA });
    expect(feedTargetOf(manager, CalendarFeedScope.STUDIO, studioA)).toEqual({ scope: 'STUDIO', studioId: studioA });
  });

  it('refuses a manager another studio and the site', () => {
    expect(codeOf(() => feedTargetOf(manager, CalendarFeedScope.STUDIO, studioB))).toBe('FORBIDDEN');
    expect(codeOf(() => feedTargetOf(manager, CalendarFeedScope.SITE))).toBe('FORBIDDEN');
    expect(codeOf(() => assertFeedAccess(manager, { studioId: studioB }))).toBe('FORBIDDEN');
    expect(codeOf(() => assertFeedAccess(manager, { studioId: null }))).toBe('FORBIDDEN');
    expect(codeOf(() => assertFeedAccess(manager, { studioId: studioA }))).toBe('ok');
  });

  it('lets the operator name any studio, and have the site', () => {
    expect(feedTargetOf(operator, CalendarFeedScope.STUDIO, studioB)).toEqual({ scope: 'STUDIO', studioId: studioB });
    expect(feedTargetOf(operator, CalendarFeedScope.SITE)).toEqual({ scope: 'SITE', studioId: null });
    expect(codeOf(() => assertFeedAccess(operator, { studioId: null }))).toBe('ok');
  });

  it('answers bad input with the field at fault', () => {
    expect(codeOf(() => feedTargetOf(operator, CalendarFeedScope.STUDIO))).toBe('BAD_USER_INPUT:studioId');
    expect(codeOf(() => feedTargetOf(operator, CalendarFeedScope.STUDIO, 'not-an-id'))).toBe('BAD_USER_INPUT:studioId');
    expect(codeOf(() => feedTargetOf(operator, CalendarFeedScope.SITE, studioA))).toBe('BAD_USER_INPUT:studioId');
    expect(codeOf(() => feedTargetOf(operator, 'WEEK' as CalendarFeedScope))).toBe('BAD_USER_INPUT:scope');
  });
});
