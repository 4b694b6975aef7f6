import { useTranslation } from 'react-i18next';
import { Frame } from '../frames';

export function CountiesRoute() {
  const { t } = useTranslation();
  return (
    <>
      <h1 className="page-title">{t('nav.counties')}</h1>
      <Frame id="counties" />
      <Frame id="map" />
    </>
  );
}
