// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/artifact_id.proto


export interface RuntimeBinding {
}

export interface RuntimeBinding__Output {
}
