import { useTranslation } from 'react-i18next';
import { CountyBreakdownFrame } from '@/features/charts/components/county-breakdown-frame';
import { CountyMapFrame } from '@/features/charts/components/county-map-frame';

export function CountiesRoute() {
  const { t } = useTranslation();
  return (
    <>
      <h1 className="page-title">{t('nav.counties')}</h1>
      <CountyBreakdownFrame />
      <CountyMapFrame />
    </>
  );
}
