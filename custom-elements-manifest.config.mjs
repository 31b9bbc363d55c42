// `npm run build` writes dist/custom-elements.json from the elements' JSDoc (@attr, @fires,
// @csspart, @cssproperty) and their static properties.

/** The package ships dist/, not src/: point the manifest's module paths at the built files. */
const distPaths = () => ({
  name: 'legible-dist-paths',
  packageLinkPhase({ customElementsManifest }) {
    const toDist = (path) => path.replace(/^src\/(.*)\.ts$/, 'dist/$1.js');
    const walk = (node) => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) {
          if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = toDist(value);
          else walk(value);
        }
      }
    };
    walk(customElementsManifest.modules);
  },
});

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/components/**/*.styles.ts', 'src/components/**/strings.ts', 'src/components/shared/top-layer.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [distPaths()],
};
