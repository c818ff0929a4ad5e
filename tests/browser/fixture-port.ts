/** Port of the fixture municipality's site (out-fixture/) in the browser tests. */
export const FIXTURE_PORT = Number(process.env.TEST_FIXTURE_PORT ?? 3101);
