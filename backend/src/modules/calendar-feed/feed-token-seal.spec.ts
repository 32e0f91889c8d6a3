import type { SettingsRepository } from '../settings/settings.repository.js';
import { SecretBox } from '../../common/crypto/secret-box.js';
import { FEED_TOKEN_SEAL_CONTEXT } from './feed-token.js';
import { FeedTokenSeal } from './feed-token-seal.service.js';

describe('FeedTokenSeal', () => {
  const noDatabase = { setOnce: () => Promise.reject(new Error('the database is not used when the app provides a SecretBox')) } as unknown as SettingsRepository;

  it('seals with the application’s SecretBox when there is one', async () => {
    const appBox = new SecretBox('k'.repeat(40));
    const seal = new FeedTokenSeal(noDatabase, appBox);
    const sealed = await seal.seal('token-1');
    expect(appBox.open(sealed, FEED_TOKEN_SEAL_CONTEXT)).toBe('token-1');
    expect(await seal.open(sealed)).toBe('token-1');
  });

  it('answers null for a seal made with another key', async () => {
    const other = new SecretBox('z'.repeat(40)).seal('token-1', FEED_TOKEN_SEAL_CONTEXT);
    expect(await new FeedTokenSeal(noDatabase, new SecretBox('k'.repeat(40))).open(other)).toBeNull();
  });
});
