// A postgres:// store without @stancelog/store-postgres installed next to the CLI: the message gives the route
// that works today (the tarball of a checkout), since the package is not on the npm registry yet.
import { sandbox } from './harness.js';

jest.mock('@stancelog/store-postgres', () => {
  throw Object.assign(new Error("Cannot find module '@stancelog/store-postgres' from 'packages/cli/src/store-option.ts'"), { code: 'MODULE_NOT_FOUND' });
});

describe('a PostgreSQL store without its package', () => {
  it('says to install the tarball built from a checkout, for a reading command and for store migrate alike', async () => {
    const box = sandbox();
    try {
      const route =
        ', which is not installed next to @stancelog/cli: it is not on the npm registry yet, so install its tarball, built from a checkout of stancelog as the root README\'s Install says (npm install /tmp/stancelog/stancelog-store-postgres-0.1.0.tgz, in the project where @stancelog/cli is installed)\n';
      const read = await box.stancelog('positions', '--store', 'postgres://ana:secret@127.0.0.1:1/talks');
      expect([read.code, read.stderr]).toEqual([1, `stancelog: store postgres://ana:***@127.0.0.1:1/talks: a PostgreSQL store needs the package @stancelog/store-postgres${route}`]);
      const migrate = await box.stancelog('store', 'migrate', '--store', 'postgres://ana:secret@127.0.0.1:1/talks');
      expect([migrate.code, migrate.stderr]).toEqual([1, `stancelog: store postgres://ana:***@127.0.0.1:1/talks: migrating needs the package @stancelog/store-postgres${route}`]);
    } finally {
      box.remove();
    }
  });
});
