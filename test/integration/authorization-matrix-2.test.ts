import { runMatrixShard } from './helpers/authorization-matrix-runner';

/* Shard 2 of 3 of the authorization matrix: see helpers/authorization-matrix-runner.ts. */
runMatrixShard(2, 3);
