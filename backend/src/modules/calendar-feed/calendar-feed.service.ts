import { Injectable } from '@nestjs/common';
import type { Actor } from '../../common/auth/actor.js';
import { notFound } from '../../common/errors/domain-error.js';
import { assertUuid } from './ids.js';
import { SiteRepository } from '../site/site.repository.js';
import { CalendarFeedEntity, CalendarFeedScope } from './calendar-feed.entity.js';
import { CalendarFeedRepository, FeedTarget } from './calendar-feed.repository.js';
import { assertFeedAccess, feedTargetOf } from './feed-access.js';
import { FeedSourcesRepository } from './feed-sources.repository.js';
import { feedPath, hashFeedToken, newFeedToken } from './feed-token.js';
import { FeedTokenSeal } from './feed-token-seal.service.js';
import { Transactions } from '../../common/database/transactions.js';

/** A feed as its managers see it: the path to copy (null once revoked, or if its seal no longer opens). */
export interface FeedView {
  feed: CalendarFeedEntity;
  path: string | null;
}

/**
 * Managing the private calendar URLs. The URL can be copied again at any time by those who
 * manage it (as Google Calendar's secret address); "create" always issues a new one and
 * revokes the previous, so a URL that leaked is cut off by making a new one.
 */
@Injectable()
export class CalendarFeedService {
  constructor(
    private readonly transactions: Transactions,
    private readonly repo: CalendarFeedRepository,
    private readonly sources: FeedSourcesRepository,
    private readonly site: SiteRepository,
    private readonly seal: FeedTokenSeal,
  ) {}

  async current(actor: Actor, scope: CalendarFeedScope, studioId?: string | null): Promise<FeedView | null> {
    const feed = await this.repo.live(await this.target(actor, scope, studioId));
    return feed ? this.view(feed) : null;
  }

  async create(actor: Actor, scope: CalendarFeedScope, studioId?: string | null): Promise<FeedView> {
    const target = await this.target(actor, scope, studioId);
    const token = newFeedToken();
    const sealed = await this.seal.seal(token);
    const feed = await this.transactions.run(async (em) => {
      await this.repo.lockTarget(target, em);
      const previous = await this.repo.live(target, em);
      if (previous) await this.repo.revoke(previous.id, actor.userId, em);
      return this.repo.insert({ ...target, tokenHash: hashFeedToken(token), sealedToken: sealed, createdById: actor.userId }, em);
    });
    return { feed, path: feedPath(token) };
  }

  /** Revoking twice answers the revoked feed again. */
  async revoke(actor: Actor, id: string): Promise<FeedView> {
    assertUuid('id', id);
    const found = await this.repo.find(id);
    if (!found) throw notFound('Calendar feed', id);
    assertFeedAccess(actor, found);
    await this.transactions.run((em) => this.repo.revoke(id, actor.userId, em));
    return { feed: (await this.repo.find(id))!, path: null };
  }

  private async target(actor: Actor, scope: CalendarFeedScope, studioId?: string | null): Promise<FeedTarget> {
    const target = feedTargetOf(actor, scope, studioId);
    if (target.studioId && !(await this.sources.studioName(target.studioId))) throw notFound('Studio', target.studioId);
    // A site feed is the first site's (every site's bookings until feeds take a site).
    return { ...target, siteId: (await this.site.sites())[0].id };
  }

  /** A seal that no longer opens (the secret key changed) shows no path: the card asks for a new address. */
  private async view(feed: CalendarFeedEntity): Promise<FeedView> {
    const token = feed.sealedToken && !feed.revokedAt ? await this.seal.open(feed.sealedToken) : null;
    return { feed, path: token ? feedPath(token) : null };
  }
}
