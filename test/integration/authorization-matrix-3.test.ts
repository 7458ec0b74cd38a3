import { runMatrixShard } from './helpers/authorization-matrix-runner';

/* Shard 3 of 3 of the authorization matrix: see helpers/authorization-matrix-runner.ts. */
runMatrixShard(3, 3);
