// Original file: proto/flyteidl2/core/artifact_id.proto


export interface RuntimeBinding {
}

export interface RuntimeBinding__Output {
}
