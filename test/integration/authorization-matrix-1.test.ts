import { runMatrixShard } from './helpers/authorization-matrix-runner';

/* Shard 1 of 3 of the authorization matrix: see helpers/authorization-matrix-runner.ts. */
runMatrixShard(1, 3);
