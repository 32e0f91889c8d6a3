import { useTranslation } from 'react-i18next';
import { Icon } from '../../../../ui';
import { colorStyle, RESERVED_COLOR, type StudioColor } from '../../timeline/palette';

/** What the colours and patterns mean: studios (or mine / others for a manager), option, closed, out of service. */
export function TimelineLegend({ studios, managerView }: {
  studios: Array<{ id: string; name: string; color: StudioColor }>;
  /** A manager sees others' blocks without their name. */
  managerView: boolean;
}) {
  const { t } = useTranslation('booking');
  return (
    <ul className="tl-legend" aria-label={t('calendar.legend.label')}>
      {studios.map((s) => (
        <li key={s.id} className="tl-legend__item">
          <span className="tl-legend__swatch tl-legend__swatch--bar" style={colorStyle(s.color)} />
          {s.name}
        </li>
      ))}
      {managerView && (
        <li className="tl-legend__item">
          <span className="tl-legend__swatch tl-legend__swatch--bar" style={colorStyle(RESERVED_COLOR)} />
          {t('calendar.legend.reserved')}
        </li>
      )}
      <li className="tl-legend__item">
        <span className="tl-legend__swatch tl-legend__swatch--bar tl-legend__swatch--option" style={colorStyle(studios[0]?.color ?? RESERVED_COLOR)} />
        {t('calendar.legend.option')}
      </li>
      <li className="tl-legend__item">
        <span className="tl-legend__swatch tl-legend__swatch--closed" />
        {t('calendar.legend.closed')}
      </li>
      <li className="tl-legend__item">
        <span className="tl-legend__swatch tl-legend__swatch--out" />
        <Icon name="wrench" size={13} />
        {t('calendar.legend.outOfService')}
      </li>
      <li className="tl-legend__item">
        <span className="tl-legend__swatch tl-legend__swatch--today" />
        {t('calendar.legend.today')}
      </li>
    </ul>
  );
}
