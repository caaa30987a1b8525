// Original file: proto/flyteidl2/task/common.proto


export interface OutputReferences {
  'output_uri'?: (string);
  'report_uri'?: (string);
}

export interface OutputReferences__Output {
  'output_uri': (string);
  'report_uri': (string);
}
