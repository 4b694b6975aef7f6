import { useQuery } from '@tanstack/react-query';
import { datasetQueryOptions, type DatasetId } from '@/features/datasets/api/get-dataset';
import { figureById } from '../model/figures';
import { FigureTile } from './figure-tile';

/** Lone figures of one dataset as a row of tiles (nothing while the dataset loads). */
export function FigureTiles({ datasetId, ids }: { datasetId: DatasetId; ids: readonly string[] }) {
  const { data } = useQuery(datasetQueryOptions(datasetId));
  if (!data) return null;
  return (
    <div className="tiles">
      {ids.map((id) => (
        <FigureTile key={id} dataset={data} figure={figureById(data, id)} />
      ))}
    </div>
  );
}
