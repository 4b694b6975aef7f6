import { RuleTester } from 'eslint';
import { describe, it } from 'vitest';
import { layers } from './eslint-layers.js';

RuleTester.describe = describe;
RuleTester.it = it;
const tester = new RuleTester({ languageOptions: { ecmaVersion: 2023, sourceType: 'module' } });
const at = (path) => `${process.cwd()}/src/${path}`;

tester.run('layers', layers, {
  valid: [
    { filename: at('components/frame-panel.tsx'), code: "import { paths } from '@/lib/paths';" },
    { filename: at('outputs/svg.ts'), code: "import { barLayout } from '@/components/model/bar-layout';" },
    { filename: at('features/counties/frames.ts'), code: "import { defineFrame } from '@/frames/definition';" },
    { filename: at('features/counties/unit-page.tsx'), code: "import { mapFrame } from './frames';" },
    { filename: at('app/frames.ts'), code: "import { countiesFrame } from '@/features/counties/frames';" },
    { filename: at('data/api/get-dataset.ts'), code: "const m = import('../model/dataset-schema');" },
  ],
  invalid: [
    {
      filename: at('components/frame-panel.tsx'),
      code: "import { useFrameModel } from '@/frames/use-frame-model';",
      errors: [{ messageId: 'upward' }],
    },
    {
      filename: at('data/model/units.ts'),
      code: "import { COUNT } from '../../components/model/units';",
      errors: [{ messageId: 'upward' }],
    },
    {
      filename: at('features/presenter/deck-page.tsx'),
      code: "import { countiesFrame } from '@/features/counties/frames';",
      errors: [{ messageId: 'crossFeature' }],
    },
    {
      filename: at('frames/frame.tsx'),
      code: "const m = import('@/app/frames');",
      errors: [{ messageId: 'upward' }],
    },
    {
      filename: at('outputs/frame-exports.tsx'),
      code: "export { FrameActionsProvider } from '@/frames/actions';",
      errors: [{ messageId: 'upward' }],
    },
  ],
});
