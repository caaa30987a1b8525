// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/core/tasks.proto


export interface K8sObjectMetadata {
  'labels'?: ({[key: string]: string});
  'annotations'?: ({[key: string]: string});
}

export interface K8sObjectMetadata__Output {
  'labels': ({[key: string]: string});
  'annotations': ({[key: string]: string});
}
