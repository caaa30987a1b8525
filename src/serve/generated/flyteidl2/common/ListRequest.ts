// Original file: proto/flyteidl2/common/list.proto

import type { Sort as _flyteidl2_common_Sort, Sort__Output as _flyteidl2_common_Sort__Output } from '../../flyteidl2/common/Sort.js';
import type { Filter as _flyteidl2_common_Filter, Filter__Output as _flyteidl2_common_Filter__Output } from '../../flyteidl2/common/Filter.js';

export interface ListRequest {
  'limit'?: (number);
  'token'?: (string);
  'sort_by'?: (_flyteidl2_common_Sort | null);
  'filters'?: (_flyteidl2_common_Filter)[];
  'raw_filters'?: (string)[];
  'sort_by_fields'?: (_flyteidl2_common_Sort)[];
}

export interface ListRequest__Output {
  'limit': (number);
  'token': (string);
  'sort_by': (_flyteidl2_common_Sort__Output | null);
  'filters': (_flyteidl2_common_Filter__Output)[];
  'raw_filters': (string)[];
  'sort_by_fields': (_flyteidl2_common_Sort__Output)[];
}
