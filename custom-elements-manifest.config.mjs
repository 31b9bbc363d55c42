// `npm run build` writes dist/custom-elements.json from the elements' JSDoc (@attr, @fires,
// @csspart, @cssproperty) and their static properties.
export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/components/**/*.styles.ts', 'src/components/**/strings.ts', 'src/components/shared/top-layer.ts', 'src/components/shared/legible-controller.ts'],
  outdir: 'dist',
  litelement: true,
};
