import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { SITE_PARAM } from '../../../app/site-scope';
import { describeError, SubmitHint, useSubmitHint } from '../../../ui';
import { LanguageSwitch } from '../../../app/LanguageSwitch';
import { CodeScanner } from '../components/CodeScanner';
import { doorMessage } from '../components/door-messages';
import { useKioskPresence } from '../hooks/door';
import '../crew.css';

type Outcome = { tone: 'ok' | 'ko'; title: string; detail?: string };

/**
 * The door kiosk: no account, no navigation, big type. A crew member types or scans their
 * code and says whether they arrive or leave. The answer clears itself for the next person.
 * It stands at one site (/kiosk?site=<id>, opened from that site's board): a pass for
 * another site's desk is refused.
 */
export function KioskPage() {
  const { t } = useTranslation('crew');
  const [code, setCode] = useState('');
  const hint = useSubmitHint([[!code.trim(), t('door.code')]]);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const { checkIn, checkingIn, checkOut, checkingOut } = useKioskPresence();
  const siteId = useSearchParams()[0].get(SITE_PARAM) ?? undefined;
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!outcome) return;
    const timer = window.setTimeout(() => {
      setOutcome(null);
      setCode('');
      input.current?.focus();
    }, 10_000);
    return () => window.clearTimeout(timer);
  }, [outcome]);

  const go = async (what: 'in' | 'out', value = code) => {
    if (!value.trim()) return;
    try {
      if (what === 'in') {
        const { desk, crewMember } = (await checkIn({ variables: { code: value, siteId } })).data!.checkIn;
        setOutcome({ tone: 'ok', title: t('kiosk.hello', { name: crewMember.fullName }), detail: t('kiosk.yourDesk', { desk: desk.code, zone: desk.zone }) });
      } else {
        const name = (await checkOut({ variables: { code: value } })).data!.checkOut.crewMember.fullName;
        setOutcome({ tone: 'ok', title: t('kiosk.bye', { name }), detail: t('door.checkedOut') });
      }
    } catch (e) {
      setOutcome({ tone: 'ko', title: t('door.denied'), detail: doorMessage(e, t) ?? describeError(e, t) });
    }
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void go('in');
  };

  return (
    <main className="kiosk">
      <div className="kiosk__lang"><LanguageSwitch /></div>
      <div className="kiosk__brand"><span className="logo" aria-hidden="true">F</span> Studio FLEX</div>
      {outcome ? (
        <section className={`kiosk__outcome kiosk__outcome--${outcome.tone}`} role="status" aria-live="assertive">
          <div className="kiosk__outcome-icon" aria-hidden="true">{outcome.tone === 'ok' ? '✓' : '✕'}</div>
          <h1 className="kiosk__title">{outcome.title}</h1>
          {outcome.detail && <p className="kiosk__detail">{outcome.detail}</p>}
          <button type="button" className="kiosk__button kiosk__button--secondary" onClick={() => { setOutcome(null); setCode(''); }}>{t('kiosk.again')}</button>
        </section>
      ) : (
        <form className="kiosk__form" onSubmit={submit}>
          <h1 className="kiosk__title">{t('kiosk.title')}</h1>
          <p className="kiosk__subtitle">{t('kiosk.subtitle')}</p>
          <label className="sr-only" htmlFor="kiosk-code">{t('door.code')}</label>
          <input
            id="kiosk-code"
            ref={input}
            className="kiosk__input"
            value={code}
            onChange={(e) => setCode(e.target.value.toUpperCase())}
            placeholder={t('door.codePlaceholder')}
            autoComplete="off"
            spellCheck={false}
            autoFocus
          />
          <div className="kiosk__buttons">
            <button type="submit" className="kiosk__button" disabled={hint.buttonProps.disabled || checkingIn.loading} aria-describedby={hint.buttonProps['aria-describedby']}>{t('kiosk.arrive')}</button>
            <button type="button" className="kiosk__button kiosk__button--secondary" disabled={hint.buttonProps.disabled || checkingOut.loading} aria-describedby={hint.buttonProps['aria-describedby']} onClick={() => void go('out')}>{t('kiosk.leave')}</button>
          </div>
          <SubmitHint hint={hint} />
          <div className="kiosk__scan">
            <CodeScanner size="lg" onCode={(scanned) => { setCode(scanned); void go('in', scanned); }} />
          </div>
          <p className="kiosk__help">{t('kiosk.help')}</p>
        </form>
      )}
    </main>
  );
}
