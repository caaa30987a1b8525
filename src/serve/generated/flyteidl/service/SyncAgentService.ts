// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/service/agent.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { ExecuteTaskSyncRequest as _flyteidl_admin_ExecuteTaskSyncRequest, ExecuteTaskSyncRequest__Output as _flyteidl_admin_ExecuteTaskSyncRequest__Output } from '../../flyteidl/admin/ExecuteTaskSyncRequest.js';
import type { ExecuteTaskSyncResponse as _flyteidl_admin_ExecuteTaskSyncResponse, ExecuteTaskSyncResponse__Output as _flyteidl_admin_ExecuteTaskSyncResponse__Output } from '../../flyteidl/admin/ExecuteTaskSyncResponse.js';

export interface SyncAgentServiceClient extends grpc.Client {
  ExecuteTaskSync(metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientDuplexStream<_flyteidl_admin_ExecuteTaskSyncRequest, _flyteidl_admin_ExecuteTaskSyncResponse__Output>;
  ExecuteTaskSync(options?: grpc.CallOptions): grpc.ClientDuplexStream<_flyteidl_admin_ExecuteTaskSyncRequest, _flyteidl_admin_ExecuteTaskSyncResponse__Output>;
  executeTaskSync(metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientDuplexStream<_flyteidl_admin_ExecuteTaskSyncRequest, _flyteidl_admin_ExecuteTaskSyncResponse__Output>;
  executeTaskSync(options?: grpc.CallOptions): grpc.ClientDuplexStream<_flyteidl_admin_ExecuteTaskSyncRequest, _flyteidl_admin_ExecuteTaskSyncResponse__Output>;
  
}

export interface SyncAgentServiceHandlers extends grpc.UntypedServiceImplementation {
  ExecuteTaskSync: grpc.handleBidiStreamingCall<_flyteidl_admin_ExecuteTaskSyncRequest__Output, _flyteidl_admin_ExecuteTaskSyncResponse>;
  
}

export interface SyncAgentServiceDefinition extends grpc.ServiceDefinition {
  ExecuteTaskSync: MethodDefinition<_flyteidl_admin_ExecuteTaskSyncRequest, _flyteidl_admin_ExecuteTaskSyncResponse, _flyteidl_admin_ExecuteTaskSyncRequest__Output, _flyteidl_admin_ExecuteTaskSyncResponse__Output>
}
