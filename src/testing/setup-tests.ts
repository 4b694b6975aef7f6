import '@testing-library/jest-dom/vitest';
// eslint-disable-next-line no-restricted-imports -- test set-up needs the raw cleanup
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from './mocks/server';

// Pages and charts load as lazy chunks; on a busy 2-core machine that can take over a second.
configure({ asyncUtilTimeout: 5000 });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());
