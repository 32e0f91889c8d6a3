import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from './icons';

export type ToastTone = 'success' | 'info' | 'warning' | 'danger';
interface ToastItem { id: number; tone: ToastTone; message: ReactNode }

interface ToastApi {
  /** Shows a short notice for a few seconds: toast.success(t('booking:created')). */
  show(message: ReactNode, tone?: ToastTone): void;
  success(message: ReactNode): void;
  error(message: ReactNode): void;
  info(message: ReactNode): void;
}

const ToastContext = createContext<ToastApi | null>(null);

export function ToastProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation('app');
  const [items, setItems] = useState<ToastItem[]>([]);
  const next = useRef(1);

  const dismiss = useCallback((id: number) => setItems((list) => list.filter((i) => i.id !== id)), []);
  const show = useCallback(
    (message: ReactNode, tone: ToastTone = 'info') => {
      const id = next.current++;
      setItems((list) => [...list.slice(-3), { id, tone, message }]);
      window.setTimeout(() => dismiss(id), tone === 'danger' ? 8000 : 4500);
    },
    [dismiss],
  );
  const api = useMemo<ToastApi>(
    () => ({ show, success: (m) => show(m, 'success'), error: (m) => show(m, 'danger'), info: (m) => show(m, 'info') }),
    [show],
  );

  return (
    <ToastContext.Provider value={api}>
      {children}
      <div className="toasts" aria-live="polite" aria-relevant="additions">
        {items.map((item) => (
          <div key={item.id} className={`toast toast--${item.tone}`} role={item.tone === 'danger' ? 'alert' : 'status'}>
            <Icon name={item.tone === 'success' ? 'check' : item.tone === 'info' ? 'info' : 'alert'} size={18} />
            <div className="toast__message">{item.message}</div>
            <button type="button" className="toast__close" aria-label={t('common.close')} onClick={() => dismiss(item.id)}>
              <Icon name="x" size={14} />
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

export function useToast(): ToastApi {
  const ctx = useContext(ToastContext);
  if (!ctx) throw new Error('useToast outside <ToastProvider>');
  return ctx;
}
