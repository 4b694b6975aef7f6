import { useTranslation } from 'react-i18next';
import { Frame } from '../frames';
import { TermLinks } from './term-links';

export function RenovationRoute() {
  const { t } = useTranslation();
  return (
    <>
      <h1 className="page-title">{t('nav.renovation')}</h1>
      <p className="page-intro">{t('renovation.intro')}</p>
      <TermLinks ids={['three-without']} />
      <h2 className="section-title">{t('renovation.compare')}</h2>
      <div className="frames-grid">
        <Frame id="renovation-compounds" />
        <Frame id="renovation-households" />
        <Frame id="renovation-buildings" />
        <Frame id="renovation-floor-area" />
      </div>
      <Frame id="renovation-investment" />
      <h2 className="section-title">{t('renovation.items')}</h2>
      <Frame id="renovation-items-pipes" />
      <Frame id="renovation-items-area" />
      <Frame id="renovation-items-count" />
    </>
  );
}
