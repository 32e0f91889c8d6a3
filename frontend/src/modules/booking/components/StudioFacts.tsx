import { useTranslation } from 'react-i18next';
import { Badge } from '../../../ui';
import type { EditableStudio } from './StudioFormDialog';

type StudioFactsData = Omit<EditableStudio, 'id'>;

/** "90431822600019" → "904 318 226 00019" (SIREN in threes, then the establishment number). */
export function formatSiret(siret: string): string {
  return /^\d{14}$/.test(siret) ? `${siret.slice(0, 3)} ${siret.slice(3, 6)} ${siret.slice(6, 9)} ${siret.slice(9)}` : siret;
}

/** A studio's identity and billing details, as a stacked list (fits a side column). */
export function StudioFacts({ studio }: { studio: StudioFactsData }) {
  const { t } = useTranslation('booking');
  return (
    <dl className="studio-facts">
      <div>
        <dt>{t('studios.fields.name')}</dt>
        <dd>
          {studio.name} {studio.isNew && <Badge tone="accent" title={t('studios.isNewTitle')}>{t('studios.isNew')}</Badge>}
        </dd>
      </div>
      <div>
        <dt>{t('studios.fields.legalName')}</dt>
        <dd>{studio.legalName}</dd>
      </div>
      <div>
        <dt>{t('studios.fields.siret')}</dt>
        <dd className="mono">{formatSiret(studio.siret)}</dd>
      </div>
      <div>
        <dt>{t('studios.fields.vatNumber')}</dt>
        <dd className={studio.vatNumber ? 'mono' : 'muted'}>{studio.vatNumber || t('studios.noVat')}</dd>
      </div>
      <div>
        <dt>{t('studios.fields.billingAddress')}</dt>
        <dd className="studio-facts__address">{studio.billingAddress}</dd>
      </div>
      {studio.electronicAddress && (
        <div>
          <dt>{t('studios.fields.electronicAddress')}</dt>
          <dd className="mono">{studio.electronicAddress}</dd>
        </div>
      )}
      <div>
        <dt>{t('studios.fields.contactEmail')}</dt>
        <dd><a href={`mailto:${studio.contactEmail}`}>{studio.contactEmail}</a></dd>
      </div>
    </dl>
  );
}
