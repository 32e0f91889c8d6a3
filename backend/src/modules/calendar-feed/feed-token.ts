import { randomToken, sha256Hex } from '../../common/crypto/secret-box.js';

/** 32 random bytes, base64url: 256 bits, 43 characters, safe in a URL path. */
export const FEED_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export const newFeedToken = () => randomToken(32);

/** What the database keeps to find a feed by its token (a fast hash is enough for 256 random bits). */
export const hashFeedToken = (token: string) => sha256Hex(token);

/** The SecretBox context of `calendar_feed.sealed_token`: a seal copied elsewhere does not open. */
export const FEED_TOKEN_SEAL_CONTEXT = 'calendar_feed.sealed_token';

/** The feed's path: what a calendar app subscribes to, behind the site's origin. */
export const feedPath = (token: string) => `/api/calendar/${token}.ics`;
