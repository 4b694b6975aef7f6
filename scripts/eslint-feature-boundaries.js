// ESLint rule: a feature may import shared code and the datasets feature (the data layer every
// view reads), but never another feature; composition happens in src/app. It works out the
// feature from the path, so adding a feature needs no config edit.
import { dirname, relative, resolve, sep } from 'node:path';

const SHARED_FEATURES = new Set(['datasets']);

function featureOf(file, srcDir) {
  const rel = relative(srcDir, file).split(sep);
  return rel[0] === 'features' && rel.length > 2 ? rel[1] : null;
}

/** @type {import('eslint').Rule.RuleModule} */
export const featureBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'features must not import other features' },
    messages: {
      crossFeature:
        'Feature "{{from}}" imports feature "{{to}}". Move the shared piece to src/lib or src/components, or compose both in src/app.',
    },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const srcDir = resolve(context.cwd, 'src');
    const from = featureOf(file, srcDir);
    if (!from) return {};
    return {
      ImportDeclaration(node) {
        const spec = node.source.value;
        if (typeof spec !== 'string') return;
        let target;
        if (spec.startsWith('@/')) target = resolve(srcDir, spec.slice(2));
        else if (spec.startsWith('.')) target = resolve(dirname(file), spec);
        else return;
        const to = featureOf(target, srcDir);
        if (to && to !== from && !SHARED_FEATURES.has(to))
          context.report({ node, messageId: 'crossFeature', data: { from, to } });
      },
    };
  },
};
