import { Injectable, Optional } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { SecretBox, SecretBoxError } from '../../common/crypto/secret-box.js';
import { SettingsRepository } from '../settings/settings.repository.js';
import { FEED_TOKEN_SEAL_CONTEXT } from './feed-token.js';

export const FEED_SEAL_KEY_SETTING = 'calendar.feedSealKey';

/**
 * Seals feed tokens so the URL can be shown again. With the application's SecretBox (the key
 * of FLEX_SECRET_KEY, provided app-wide) it uses that one; an application that provides none
 * gets a key generated once and kept in the `setting` table, read on first use (then a copy
 * of the database alone opens the URLs).
 */
@Injectable()
export class FeedTokenSeal {
  private fallback?: Promise<SecretBox>;

  constructor(
    private readonly settings: SettingsRepository,
    @Optional() private readonly appBox?: SecretBox,
  ) {}

  async seal(token: string): Promise<string> {
    return (await this.box()).seal(token, FEED_TOKEN_SEAL_CONTEXT);
  }

  /** The token, or null when the seal no longer opens (the key changed, or it was altered). */
  async open(sealed: string): Promise<string | null> {
    const box = await this.box();
    try {
      return box.open(sealed, FEED_TOKEN_SEAL_CONTEXT);
    } catch (e) {
      if (e instanceof SecretBoxError) return null;
      throw e;
    }
  }

  private box(): Promise<SecretBox> {
    if (this.appBox) return Promise.resolve(this.appBox);
    this.fallback ??= this.storedKeyBox().catch((e) => {
      this.fallback = undefined;
      throw e;
    });
    return this.fallback;
  }

  private async storedKeyBox(): Promise<SecretBox> {
    return new SecretBox(await this.settings.setOnce(FEED_SEAL_KEY_SETTING, randomBytes(48).toString('base64url')));
  }
}
