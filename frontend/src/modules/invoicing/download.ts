import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveBlob } from '../../lib/download';
import { useToast } from '../../ui';

/**
 * Downloads a file from the API (the session cookie goes with it) under the name the server
 * gives in Content-Disposition, so that a failure can be told instead of opening an error page.
 */
export async function downloadFile(url: string, fallbackName: string): Promise<void> {
  const res = await fetch(url, { credentials: 'same-origin' });
  if (!res.ok) {
    const body = (await res.json().catch(() => ({}))) as { code?: string };
    throw new Error(body.code ?? `HTTP ${res.status}`);
  }
  const blob = await res.blob();
  const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? fallbackName;
  saveBlob(blob, name);
}

/** `download(url, name)` with a busy flag (by url) and a toast when it fails. */
export function useDownload() {
  const { t } = useTranslation('invoicing');
  const toast = useToast();
  const [busy, setBusy] = useState<string | null>(null);
  const download = useCallback(
    async (url: string, name: string) => {
      setBusy(url);
      try {
        await downloadFile(url, name);
      } catch {
        toast.error(t('common.downloadFailed'));
      } finally {
        setBusy(null);
      }
    },
    [t, toast],
  );
  return { download, busy };
}
