// Every hosted test file closes its connections when it ends, so the run can stop the cluster.
import { afterAll } from 'vitest';
import { closeConnections } from './pg';

afterAll(closeConnections);
