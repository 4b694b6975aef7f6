import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearch } from 'wouter';
import { useImportSlides } from '@/features/import/use-import-slides';
import { ModelSlidesPage } from '@/features/presenter/model-slides-page';
import { paths } from '@/lib/paths';

/** An import's charts as slides: the import feature's models in the presenter's slide show. */
export function ImportSlides() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const query = new URLSearchParams(useSearch());
  const id = query.get('import');
  const slide = Number(query.get('slide') ?? '1');
  const slides = useImportSlides(id);
  // Without an import to show, the page to choose one is the import page.
  useEffect(() => {
    if (id === null) navigate(paths.importer, { replace: true });
  }, [id, navigate]);
  const here = (index: number) =>
    navigate(paths.withQuery(paths.importSlides, `import=${encodeURIComponent(id ?? '')}&slide=${index + 1}`), {
      replace: true,
    });
  // Until the import is read (or when there is none), the slide show says why it has no slides.
  const why = slides.status === 'ready' ? 'noCharts' : slides.status;
  return (
    <ModelSlidesPage
      title={slides.status === 'ready' ? t('import.slides.title', { name: slides.name }) : t('import.slides.untitled')}
      models={slides.status === 'ready' ? slides.models : []}
      index={Number.isInteger(slide) ? slide - 1 : 0}
      onNavigate={here}
      onLeave={() => navigate(paths.importer)}
      empty={
        <>
          <p>{t(`import.slides.${why}`)}</p>
          <p>
            <Link href={paths.importer}>{t('import.slides.back')}</Link>
          </p>
        </>
      }
    />
  );
}
