/**
 * Size limits of the contract, one value for every place that applies them (`run`'s engine, `serve`).
 *
 * DEFAULT_MAX_DATASET_SIZE_BYTES is what `TaskExecutionContext.maxDatasetSizeBytes` holds unless the
 * caller sets a limit: the largest output document the output writer accepts. Flyte's propeller takes
 * it from the storage config: its own `max-output-size-bytes` (Go `MaxDatasetSizeBytes`, default -1) is
 * deprecated, and the remote output reader falls back to `storage.limits.maxDownloadMBs`, whose default
 * is 2 (flytestdlib storage config; ioutils' NewRemoteFileOutputReader), i.e. 2 MiB. The agent protocol's
 * `CreateRequestHeader.max_dataset_size_bytes` overrides it per call when a client sets it (Propeller
 * does not).
 */
export const DEFAULT_MAX_DATASET_SIZE_BYTES = 2 * 1024 * 1024;
