declare module 'virtual:policy-site-model' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports -- an ambient module cannot import a relative path at the top
  const model: import('./core/site-model.ts').SiteModel;
  export default model;
}
