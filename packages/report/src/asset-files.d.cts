/** Absolute paths of the report's assets. */
declare const files: {
  readonly cytoscape: string;
  readonly cytoscapeLicense: string;
  readonly script: string;
  readonly style: string;
};
export = files;
