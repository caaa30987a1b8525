// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/service/agent.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { CreateTaskRequest as _flyteidl_admin_CreateTaskRequest, CreateTaskRequest__Output as _flyteidl_admin_CreateTaskRequest__Output } from '../../flyteidl/admin/CreateTaskRequest.js';
import type { CreateTaskResponse as _flyteidl_admin_CreateTaskResponse, CreateTaskResponse__Output as _flyteidl_admin_CreateTaskResponse__Output } from '../../flyteidl/admin/CreateTaskResponse.js';
import type { DeleteTaskRequest as _flyteidl_admin_DeleteTaskRequest, DeleteTaskRequest__Output as _flyteidl_admin_DeleteTaskRequest__Output } from '../../flyteidl/admin/DeleteTaskRequest.js';
import type { DeleteTaskResponse as _flyteidl_admin_DeleteTaskResponse, DeleteTaskResponse__Output as _flyteidl_admin_DeleteTaskResponse__Output } from '../../flyteidl/admin/DeleteTaskResponse.js';
import type { GetTaskLogsRequest as _flyteidl_admin_GetTaskLogsRequest, GetTaskLogsRequest__Output as _flyteidl_admin_GetTaskLogsRequest__Output } from '../../flyteidl/admin/GetTaskLogsRequest.js';
import type { GetTaskLogsResponse as _flyteidl_admin_GetTaskLogsResponse, GetTaskLogsResponse__Output as _flyteidl_admin_GetTaskLogsResponse__Output } from '../../flyteidl/admin/GetTaskLogsResponse.js';
import type { GetTaskMetricsRequest as _flyteidl_admin_GetTaskMetricsRequest, GetTaskMetricsRequest__Output as _flyteidl_admin_GetTaskMetricsRequest__Output } from '../../flyteidl/admin/GetTaskMetricsRequest.js';
import type { GetTaskMetricsResponse as _flyteidl_admin_GetTaskMetricsResponse, GetTaskMetricsResponse__Output as _flyteidl_admin_GetTaskMetricsResponse__Output } from '../../flyteidl/admin/GetTaskMetricsResponse.js';
import type { GetTaskRequest as _flyteidl_admin_GetTaskRequest, GetTaskRequest__Output as _flyteidl_admin_GetTaskRequest__Output } from '../../flyteidl/admin/GetTaskRequest.js';
import type { GetTaskResponse as _flyteidl_admin_GetTaskResponse, GetTaskResponse__Output as _flyteidl_admin_GetTaskResponse__Output } from '../../flyteidl/admin/GetTaskResponse.js';

export interface AsyncAgentServiceClient extends grpc.Client {
  CreateTask(argument: _flyteidl_admin_CreateTaskRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_flyteidl_admin_CreateTaskResponse__Output>): grpc.ClientUnaryCall;
  CreateTask(argument: _flyteidl_admin_CreateTaskRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_flyteidl_admin_CreateTaskResponse__Output>): grpc.ClientUnaryCall;
  CreateTask(argument: _flyteidl_admin_CreateTaskRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_flyteidl_admin_CreateTaskResponse__Output>): grpc.ClientUnaryCall;
  CreateTask(argument: _flyteidl_admin_CreateTaskRequest, callback: grpc.requestCallback<_flyteidl_admin_CreateTaskResponse__Output>): grpc.ClientUnaryCall;
  createTask(argument: _flyteidl_admin_CreateTaskRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_flyteidl_admin_CreateTaskResponse__Output>): grpc.ClientUnaryCall;
  createTask(argument: _flyteidl_admin_CreateTaskRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_flyteidl_admin_CreateTaskResponse__Output>): grpc.ClientUnaryCall;
  createTask(argument: _flyteidl_admin_CreateTaskRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_flyteidl_admin_CreateTaskResponse__Output>): grpc.ClientUnaryCall;
  createTask(argument: _flyteidl_admin_CreateTaskRequest, callback: grpc.requestCallback<_flyteidl_admin_CreateTaskResponse__Output>): grpc.ClientUnaryCall;
  
  DeleteTask(argument: _flyteidl_admin_DeleteTaskRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_flyteidl_admin_DeleteTaskResponse__Output>): grpc.ClientUnaryCall;
  DeleteTask(argument: _flyteidl_admin_DeleteTaskRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_flyteidl_admin_DeleteTaskResponse__Output>): grpc.ClientUnaryCall;
  DeleteTask(argument: _flyteidl_admin_DeleteTaskRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_flyteidl_admin_DeleteTaskResponse__Output>): grpc.ClientUnaryCall;
  DeleteTask(argument: _flyteidl_admin_DeleteTaskRequest, callback: grpc.requestCallback<_flyteidl_admin_DeleteTaskResponse__Output>): grpc.ClientUnaryCall;
  deleteTask(argument: _flyteidl_admin_DeleteTaskRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_flyteidl_admin_DeleteTaskResponse__Output>): grpc.ClientUnaryCall;
  deleteTask(argument: _flyteidl_admin_DeleteTaskRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_flyteidl_admin_DeleteTaskResponse__Output>): grpc.ClientUnaryCall;
  deleteTask(argument: _flyteidl_admin_DeleteTaskRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_flyteidl_admin_DeleteTaskResponse__Output>): grpc.ClientUnaryCall;
  deleteTask(argument: _flyteidl_admin_DeleteTaskRequest, callback: grpc.requestCallback<_flyteidl_admin_DeleteTaskResponse__Output>): grpc.ClientUnaryCall;
  
  GetTask(argument: _flyteidl_admin_GetTaskRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_flyteidl_admin_GetTaskResponse__Output>): grpc.ClientUnaryCall;
  GetTask(argument: _flyteidl_admin_GetTaskRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_flyteidl_admin_GetTaskResponse__Output>): grpc.ClientUnaryCall;
  GetTask(argument: _flyteidl_admin_GetTaskRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_flyteidl_admin_GetTaskResponse__Output>): grpc.ClientUnaryCall;
  GetTask(argument: _flyteidl_admin_GetTaskRequest, callback: grpc.requestCallback<_flyteidl_admin_GetTaskResponse__Output>): grpc.ClientUnaryCall;
  getTask(argument: _flyteidl_admin_GetTaskRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_flyteidl_admin_GetTaskResponse__Output>): grpc.ClientUnaryCall;
  getTask(argument: _flyteidl_admin_GetTaskRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_flyteidl_admin_GetTaskResponse__Output>): grpc.ClientUnaryCall;
  getTask(argument: _flyteidl_admin_GetTaskRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_flyteidl_admin_GetTaskResponse__Output>): grpc.ClientUnaryCall;
  getTask(argument: _flyteidl_admin_GetTaskRequest, callback: grpc.requestCallback<_flyteidl_admin_GetTaskResponse__Output>): grpc.ClientUnaryCall;
  
  GetTaskLogs(argument: _flyteidl_admin_GetTaskLogsRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_flyteidl_admin_GetTaskLogsResponse__Output>;
  GetTaskLogs(argument: _flyteidl_admin_GetTaskLogsRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_flyteidl_admin_GetTaskLogsResponse__Output>;
  getTaskLogs(argument: _flyteidl_admin_GetTaskLogsRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_flyteidl_admin_GetTaskLogsResponse__Output>;
  getTaskLogs(argument: _flyteidl_admin_GetTaskLogsRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_flyteidl_admin_GetTaskLogsResponse__Output>;
  
  GetTaskMetrics(argument: _flyteidl_admin_GetTaskMetricsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_flyteidl_admin_GetTaskMetricsResponse__Output>): grpc.ClientUnaryCall;
  GetTaskMetrics(argument: _flyteidl_admin_GetTaskMetricsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_flyteidl_admin_GetTaskMetricsResponse__Output>): grpc.ClientUnaryCall;
  GetTaskMetrics(argument: _flyteidl_admin_GetTaskMetricsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_flyteidl_admin_GetTaskMetricsResponse__Output>): grpc.ClientUnaryCall;
  GetTaskMetrics(argument: _flyteidl_admin_GetTaskMetricsRequest, callback: grpc.requestCallback<_flyteidl_admin_GetTaskMetricsResponse__Output>): grpc.ClientUnaryCall;
  getTaskMetrics(argument: _flyteidl_admin_GetTaskMetricsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_flyteidl_admin_GetTaskMetricsResponse__Output>): grpc.ClientUnaryCall;
  getTaskMetrics(argument: _flyteidl_admin_GetTaskMetricsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_flyteidl_admin_GetTaskMetricsResponse__Output>): grpc.ClientUnaryCall;
  getTaskMetrics(argument: _flyteidl_admin_GetTaskMetricsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_flyteidl_admin_GetTaskMetricsResponse__Output>): grpc.ClientUnaryCall;
  getTaskMetrics(argument: _flyteidl_admin_GetTaskMetricsRequest, callback: grpc.requestCallback<_flyteidl_admin_GetTaskMetricsResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface AsyncAgentServiceHandlers extends grpc.UntypedServiceImplementation {
  CreateTask: grpc.handleUnaryCall<_flyteidl_admin_CreateTaskRequest__Output, _flyteidl_admin_CreateTaskResponse>;
  
  DeleteTask: grpc.handleUnaryCall<_flyteidl_admin_DeleteTaskRequest__Output, _flyteidl_admin_DeleteTaskResponse>;
  
  GetTask: grpc.handleUnaryCall<_flyteidl_admin_GetTaskRequest__Output, _flyteidl_admin_GetTaskResponse>;
  
  GetTaskLogs: grpc.handleServerStreamingCall<_flyteidl_admin_GetTaskLogsRequest__Output, _flyteidl_admin_GetTaskLogsResponse>;
  
  GetTaskMetrics: grpc.handleUnaryCall<_flyteidl_admin_GetTaskMetricsRequest__Output, _flyteidl_admin_GetTaskMetricsResponse>;
  
}

export interface AsyncAgentServiceDefinition extends grpc.ServiceDefinition {
  CreateTask: MethodDefinition<_flyteidl_admin_CreateTaskRequest, _flyteidl_admin_CreateTaskResponse, _flyteidl_admin_CreateTaskRequest__Output, _flyteidl_admin_CreateTaskResponse__Output>
  DeleteTask: MethodDefinition<_flyteidl_admin_DeleteTaskRequest, _flyteidl_admin_DeleteTaskResponse, _flyteidl_admin_DeleteTaskRequest__Output, _flyteidl_admin_DeleteTaskResponse__Output>
  GetTask: MethodDefinition<_flyteidl_admin_GetTaskRequest, _flyteidl_admin_GetTaskResponse, _flyteidl_admin_GetTaskRequest__Output, _flyteidl_admin_GetTaskResponse__Output>
  GetTaskLogs: MethodDefinition<_flyteidl_admin_GetTaskLogsRequest, _flyteidl_admin_GetTaskLogsResponse, _flyteidl_admin_GetTaskLogsRequest__Output, _flyteidl_admin_GetTaskLogsResponse__Output>
  GetTaskMetrics: MethodDefinition<_flyteidl_admin_GetTaskMetricsRequest, _flyteidl_admin_GetTaskMetricsResponse, _flyteidl_admin_GetTaskMetricsRequest__Output, _flyteidl_admin_GetTaskMetricsResponse__Output>
}
