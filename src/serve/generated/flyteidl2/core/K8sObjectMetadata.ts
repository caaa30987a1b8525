// Original file: proto/flyteidl2/core/tasks.proto


export interface K8sObjectMetadata {
  'labels'?: ({[key: string]: string});
  'annotations'?: ({[key: string]: string});
}

export interface K8sObjectMetadata__Output {
  'labels': ({[key: string]: string});
  'annotations': ({[key: string]: string});
}
