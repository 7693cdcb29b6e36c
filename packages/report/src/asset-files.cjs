// Where the page's assets are, in src/ and in both builds alike. CommonJS on
// purpose: `__dirname` and `require.resolve` work here whether the caller is
// the ESM build, the CJS build or a test, which `import.meta` would not.
const { join } = require('node:path');

module.exports = {
  cytoscape: require.resolve('cytoscape/dist/cytoscape.min.js'),
  cytoscapeLicense: join(require.resolve('cytoscape/dist/cytoscape.min.js'), '..', '..', 'LICENSE'),
  script: join(__dirname, 'assets', 'report.js'),
  style: join(__dirname, 'assets', 'report.css'),
};
