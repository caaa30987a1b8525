// Original file: proto/flyteidl2/logs/dataplane/payload.proto


export interface PodResource {
  'namespace'?: (string);
  'name'?: (string);
  'container'?: (string);
}

export interface PodResource__Output {
  'namespace': (string);
  'name': (string);
  'container': (string);
}
