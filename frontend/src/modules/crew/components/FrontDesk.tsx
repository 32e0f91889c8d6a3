import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Card, describeError, Field, Input, StatusPill, useToast, SubmitHint, useSubmitHint } from '../../../ui';
import type { DoorCheckQuery as DoorCheckResult } from '../../../gql/graphql';
import { useDoorCheck, useFrontDeskPresence } from '../hooks/door';
import { CodeScanner } from './CodeScanner';
import { doorMessage } from './door-messages';

type Check = DoorCheckResult['verifyAccess'];

/** The operator's front desk: type or scan a code, see whose it is, record the arrival or departure. */
export function FrontDesk({ onRecorded }: { onRecorded: () => void }) {
  const { t } = useTranslation('crew');
  const toast = useToast();
  const doorCheck = useDoorCheck();
  const [code, setCode] = useState('');
  const [checked, setChecked] = useState<{ code: string; result: Check } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [verifying, setVerifying] = useState(false);
  const { checkIn, checkingIn, checkOut, checkingOut } = useFrontDeskPresence();

  const verify = async (value: string) => {
    if (!value.trim()) return;
    setVerifying(true);
    setProblem(null);
    try {
      setChecked({ code: value, result: await doorCheck(value) });
    } catch (e) {
      setChecked(null);
      setProblem(describeError(e, t));
    } finally {
      setVerifying(false);
    }
  };

  const record = async (what: 'in' | 'out') => {
    if (!checked) return;
    setProblem(null);
    try {
      if (what === 'in') {
        const res = await checkIn(checked.code);
        toast.success(t('door.checkedIn', { name: res.data!.checkIn.crewMember.fullName, desk: res.data!.checkIn.desk.code }));
      } else {
        await checkOut({ variables: { code: checked.code } });
        toast.success(t('door.checkedOut'));
      }
      setChecked(null);
      setCode('');
      onRecorded();
    } catch (e) {
      setProblem(doorMessage(e, t) ?? describeError(e, t));
    }
  };

  const submit = (e: FormEvent) => { e.preventDefault(); void verify(code); };
  const r = checked?.result;

  const hint = useSubmitHint([[!code.trim(), t('door.code')]]);
  return (
    <Card title={t('board.frontDesk')} className="front-desk">
      <form className="front-desk__form" onSubmit={submit}>
        <Field label={t('door.code')} hint={t('board.frontDeskHint')}>
          <Input
            className="mono front-desk__input"
            value={code}
            onChange={(e) => {
              setCode(e.target.value.toUpperCase());
              setChecked(null);
            }}
            placeholder={t('door.codePlaceholder')}
            autoComplete="off"
            spellCheck={false}
          />
        </Field>
        <div className="front-desk__buttons">
          <Button type="submit" variant="primary" icon="search" loading={verifying} {...hint.buttonProps}>{t('door.verify')}</Button>
          <CodeScanner
            onCode={(scanned) => {
              setCode(scanned);
              void verify(scanned);
            }}
          />
        </div>
        <SubmitHint hint={hint} />
      </form>
      {r && <DoorResult result={r} checkingIn={checkingIn.loading} checkingOut={checkingOut.loading} onRecord={(what) => void record(what)} />}
      {problem && <Alert tone="danger">{problem}</Alert>}
    </Card>
  );
}

/** What the code opens, and the arrival or departure it allows. */
function DoorResult({ result: r, checkingIn, checkingOut, onRecord }: { result: Check; checkingIn: boolean; checkingOut: boolean; onRecord: (what: 'in' | 'out') => void }) {
  const { t } = useTranslation('crew');
  return (
    <div className={`front-desk__result front-desk__result--${r.allowed ? 'ok' : 'ko'}`} role="status">
      <div>
        <StatusPill tone={r.allowed ? 'success' : 'danger'}>{r.allowed ? t('door.allowed') : t('door.denied')}</StatusPill>
        {r.crewMember && r.desk && <div className="front-desk__who">{t('door.who', { name: r.crewMember.fullName, desk: r.desk.code })}</div>}
        {!r.allowed && r.reason && <div className="front-desk__reason">{t(`door.reason.${r.reason}`)}</div>}
        {r.checkedInToday && <div className="muted">{t('door.alreadyIn')}</div>}
      </div>
      <div className="front-desk__actions">
        {r.allowed && !r.checkedInToday && <Button variant="primary" icon="check" loading={checkingIn} onClick={() => onRecord('in')}>{t('door.checkIn')}</Button>}
        {r.checkedInToday && <Button icon="logout" loading={checkingOut} onClick={() => onRecord('out')}>{t('door.checkOut')}</Button>}
      </div>
    </div>
  );
}
