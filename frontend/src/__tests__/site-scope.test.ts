import { describe, expect, it } from 'vitest';
import { shortSiteName, withSite } from '../app/site-scope';

describe('the site in the URL', () => {
  it('is kept on links to other pages, and nothing else of the query string', () => {
    expect(withSite('/board', '?site=abc&from=2027-01-04&zoom=month')).toBe('/board?site=abc');
    expect(withSite('/bookings?status=OPTION', '?site=a%20b')).toBe('/bookings?status=OPTION&site=a%20b');
  });

  it('adds nothing when no site is asked (the server answers for the default one)', () => {
    expect(withSite('/calendar', '')).toBe('/calendar');
    expect(withSite('/calendar', '?from=2027-01-04')).toBe('/calendar');
  });

  it('names a site without the brand the sidebar already shows', () => {
    expect(shortSiteName('Studio FLEX Valence')).toBe('Valence');
    expect(shortSiteName('Studio FLEX  Angoulême')).toBe('Angoulême');
    expect(shortSiteName('Pôle Image Animée')).toBe('Pôle Image Animée');
  });
});
