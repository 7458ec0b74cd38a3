import { runCrossEventRows, runMatrixShard } from './helpers/authorization-matrix-runner';

/* Shard 3 of 3 of the authorization matrix, and the mixed-ids rows: see helpers/authorization-matrix-runner.ts. */
runMatrixShard(3, 3);
runCrossEventRows();
