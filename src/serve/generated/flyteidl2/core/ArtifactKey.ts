// Original file: proto/flyteidl2/core/artifact_id.proto


export interface ArtifactKey {
  'project'?: (string);
  'domain'?: (string);
  'name'?: (string);
  'org'?: (string);
}

export interface ArtifactKey__Output {
  'project': (string);
  'domain': (string);
  'name': (string);
  'org': (string);
}
