// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/literals.proto


export interface Void {
}

export interface Void__Output {
}
