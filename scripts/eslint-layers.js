// ESLint rule: the source is in layers, and a module imports only from its own layer and the
// layers below it. Features are a layer of siblings that never import each other: where one page
// needs another's frames, src/app hands them over. The layer is read from the path (src/<layer>/…),
// so adding a module or a feature needs no config edit.
import { dirname, relative, resolve, sep } from 'node:path';

/**
 * Lowest first: shared code (lib), the data layer, the props-only chart kit, the outputs that
 * render a frame's model, the frame runtime, the page features, the app that composes them, the
 * build that prerenders the app, and the test harness.
 */
export const LAYERS = ['lib', 'data', 'components', 'outputs', 'frames', 'features', 'app', 'build', 'testing'];

/** The layer (and, for a feature, which one) of a file under src/, or null outside it. */
function layerOf(file, srcDir) {
  const parts = relative(srcDir, file).split(sep);
  if (parts[0] === '..' || parts.length < 2) return null;
  const rank = LAYERS.indexOf(parts[0]);
  if (rank === -1) return null;
  return { name: parts[0], rank, feature: parts[0] === 'features' ? parts[1] : null };
}

/** @type {import('eslint').Rule.RuleModule} */
export const layers = {
  meta: {
    type: 'problem',
    docs: { description: 'a module imports only from its own layer and the layers below it' },
    messages: {
      upward:
        '"{{from}}" is below "{{to}}" ({{order}}): it cannot import from it. Move the shared piece down, or let a higher layer compose both.',
      crossFeature:
        'Feature "{{from}}" imports feature "{{to}}". Features never import each other: move the shared piece down a layer, or let src/app hand it over.',
    },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const srcDir = resolve(context.cwd, 'src');
    const from = layerOf(file, srcDir);
    if (!from) return {};
    const check = (node, spec) => {
      if (typeof spec !== 'string') return;
      let target;
      if (spec.startsWith('@/')) target = resolve(srcDir, spec.slice(2));
      else if (spec.startsWith('.')) target = resolve(dirname(file), spec);
      else return;
      const to = layerOf(target, srcDir);
      if (!to) return;
      if (to.rank > from.rank)
        context.report({
          node,
          messageId: 'upward',
          data: { from: from.name, to: to.name, order: LAYERS.join(' < ') },
        });
      else if (from.feature && to.feature && from.feature !== to.feature)
        context.report({ node, messageId: 'crossFeature', data: { from: from.feature, to: to.feature } });
    };
    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
    };
  },
};
