// Original file: proto/flyteidl2/core/literals.proto


export interface Void {
}

export interface Void__Output {
}
