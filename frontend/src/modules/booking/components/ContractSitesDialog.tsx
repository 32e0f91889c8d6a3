import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSiteScope } from '../../../app/site-scope';
import { Button, Dialog, ErrorMessage, useToast } from '../../../ui';
import type { ContractRow } from '../contract-form';
import { useSetContractSites } from '../hooks/studios';
import { SiteChecks } from './SiteChecks';

/** The network operator changes the sites a contract covers; bookings already made stay where they are. */
export function ContractSitesDialog({ contract, onClose }: { contract: ContractRow; onClose: () => void }) {
  const { t } = useTranslation('booking');
  const toast = useToast();
  const { sites } = useSiteScope();
  const [siteIds, setSiteIds] = useState<string[]>(contract.siteIds);
  const [tried, setTried] = useState(false);
  const saving = useSetContractSites();
  const save = async () => {
    setTried(true);
    if (!siteIds.length) return;
    if (await saving.save(contract.id, siteIds)) {
      toast.success(t('contracts.sites.saved', { number: contract.number }));
      onClose();
    }
  };
  return (
    <Dialog
      open
      onClose={onClose}
      title={t('contracts.sites.title', { number: contract.number })}
      description={t('contracts.sites.description')}
      footer={
        <>
          <Button variant="ghost" onClick={onClose}>{t('app:common.cancel')}</Button>
          <Button variant="primary" loading={saving.loading} onClick={() => void save()}>{t('contracts.sites.save')}</Button>
        </>
      }
    >
      <SiteChecks sites={sites} value={siteIds} onChange={setSiteIds} missing={tried && !siteIds.length} />
      <ErrorMessage error={saving.error} />
    </Dialog>
  );
}
