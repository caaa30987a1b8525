// Original file: proto/flyteidl2/common/identifier.proto


export interface TriggerName {
  'org'?: (string);
  'project'?: (string);
  'domain'?: (string);
  'name'?: (string);
  'task_name'?: (string);
}

export interface TriggerName__Output {
  'org': (string);
  'project': (string);
  'domain': (string);
  'name': (string);
  'task_name': (string);
}
