import { useTranslation } from 'react-i18next';

export interface Citation {
  title: string;
  issuer: string;
  date: string;
}

/** The import's name and its source's title, issuer and date: every dataset must name its source. */
export function CitationFields(props: {
  name: string;
  citation: Citation;
  onName: (name: string) => void;
  onCitation: (citation: Citation) => void;
}) {
  const { t } = useTranslation();
  const { citation } = props;
  return (
    <>
      <label className="import__field">
        {t('import.name')}
        <input value={props.name} onChange={(e) => props.onName(e.target.value)} />
      </label>
      <fieldset className="import__citation">
        <legend>{t('import.citation')}</legend>
        <label className="import__field">
          {t('import.sourceTitle')}
          <input
            value={citation.title}
            required
            onChange={(e) => props.onCitation({ ...citation, title: e.target.value })}
          />
        </label>
        <label className="import__field">
          {t('import.issuer')}
          <input
            value={citation.issuer}
            required
            onChange={(e) => props.onCitation({ ...citation, issuer: e.target.value })}
          />
        </label>
        <label className="import__field">
          {t('import.date')}
          <input
            type="date"
            value={citation.date}
            required
            onChange={(e) => props.onCitation({ ...citation, date: e.target.value })}
          />
        </label>
      </fieldset>
    </>
  );
}
