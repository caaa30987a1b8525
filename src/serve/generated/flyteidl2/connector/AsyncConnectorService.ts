// Original file: proto/flyteidl2/connector/service.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { CreateTaskRequest as _flyteidl2_connector_CreateTaskRequest, CreateTaskRequest__Output as _flyteidl2_connector_CreateTaskRequest__Output } from '../../flyteidl2/connector/CreateTaskRequest.js';
import type { CreateTaskResponse as _flyteidl2_connector_CreateTaskResponse, CreateTaskResponse__Output as _flyteidl2_connector_CreateTaskResponse__Output } from '../../flyteidl2/connector/CreateTaskResponse.js';
import type { DeleteTaskRequest as _flyteidl2_connector_DeleteTaskRequest, DeleteTaskRequest__Output as _flyteidl2_connector_DeleteTaskRequest__Output } from '../../flyteidl2/connector/DeleteTaskRequest.js';
import type { DeleteTaskResponse as _flyteidl2_connector_DeleteTaskResponse, DeleteTaskResponse__Output as _flyteidl2_connector_DeleteTaskResponse__Output } from '../../flyteidl2/connector/DeleteTaskResponse.js';
import type { GetTaskLogsRequest as _flyteidl2_connector_GetTaskLogsRequest, GetTaskLogsRequest__Output as _flyteidl2_connector_GetTaskLogsRequest__Output } from '../../flyteidl2/connector/GetTaskLogsRequest.js';
import type { GetTaskLogsResponse as _flyteidl2_connector_GetTaskLogsResponse, GetTaskLogsResponse__Output as _flyteidl2_connector_GetTaskLogsResponse__Output } from '../../flyteidl2/connector/GetTaskLogsResponse.js';
import type { GetTaskMetricsRequest as _flyteidl2_connector_GetTaskMetricsRequest, GetTaskMetricsRequest__Output as _flyteidl2_connector_GetTaskMetricsRequest__Output } from '../../flyteidl2/connector/GetTaskMetricsRequest.js';
import type { GetTaskMetricsResponse as _flyteidl2_connector_GetTaskMetricsResponse, GetTaskMetricsResponse__Output as _flyteidl2_connector_GetTaskMetricsResponse__Output } from '../../flyteidl2/connector/GetTaskMetricsResponse.js';
import type { GetTaskRequest as _flyteidl2_connector_GetTaskRequest, GetTaskRequest__Output as _flyteidl2_connector_GetTaskRequest__Output } from '../../flyteidl2/connector/GetTaskRequest.js';
import type { GetTaskResponse as _flyteidl2_connector_GetTaskResponse, GetTaskResponse__Output as _flyteidl2_connector_GetTaskResponse__Output } from '../../flyteidl2/connector/GetTaskResponse.js';

export interface AsyncConnectorServiceClient extends grpc.Client {
  CreateTask(argument: _flyteidl2_connector_CreateTaskRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_flyteidl2_connector_CreateTaskResponse__Output>): grpc.ClientUnaryCall;
  CreateTask(argument: _flyteidl2_connector_CreateTaskRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_flyteidl2_connector_CreateTaskResponse__Output>): grpc.ClientUnaryCall;
  CreateTask(argument: _flyteidl2_connector_CreateTaskRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_flyteidl2_connector_CreateTaskResponse__Output>): grpc.ClientUnaryCall;
  CreateTask(argument: _flyteidl2_connector_CreateTaskRequest, callback: grpc.requestCallback<_flyteidl2_connector_CreateTaskResponse__Output>): grpc.ClientUnaryCall;
  createTask(argument: _flyteidl2_connector_CreateTaskRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_flyteidl2_connector_CreateTaskResponse__Output>): grpc.ClientUnaryCall;
  createTask(argument: _flyteidl2_connector_CreateTaskRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_flyteidl2_connector_CreateTaskResponse__Output>): grpc.ClientUnaryCall;
  createTask(argument: _flyteidl2_connector_CreateTaskRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_flyteidl2_connector_CreateTaskResponse__Output>): grpc.ClientUnaryCall;
  createTask(argument: _flyteidl2_connector_CreateTaskRequest, callback: grpc.requestCallback<_flyteidl2_connector_CreateTaskResponse__Output>): grpc.ClientUnaryCall;
  
  DeleteTask(argument: _flyteidl2_connector_DeleteTaskRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_flyteidl2_connector_DeleteTaskResponse__Output>): grpc.ClientUnaryCall;
  DeleteTask(argument: _flyteidl2_connector_DeleteTaskRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_flyteidl2_connector_DeleteTaskResponse__Output>): grpc.ClientUnaryCall;
  DeleteTask(argument: _flyteidl2_connector_DeleteTaskRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_flyteidl2_connector_DeleteTaskResponse__Output>): grpc.ClientUnaryCall;
  DeleteTask(argument: _flyteidl2_connector_DeleteTaskRequest, callback: grpc.requestCallback<_flyteidl2_connector_DeleteTaskResponse__Output>): grpc.ClientUnaryCall;
  deleteTask(argument: _flyteidl2_connector_DeleteTaskRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_flyteidl2_connector_DeleteTaskResponse__Output>): grpc.ClientUnaryCall;
  deleteTask(argument: _flyteidl2_connector_DeleteTaskRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_flyteidl2_connector_DeleteTaskResponse__Output>): grpc.ClientUnaryCall;
  deleteTask(argument: _flyteidl2_connector_DeleteTaskRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_flyteidl2_connector_DeleteTaskResponse__Output>): grpc.ClientUnaryCall;
  deleteTask(argument: _flyteidl2_connector_DeleteTaskRequest, callback: grpc.requestCallback<_flyteidl2_connector_DeleteTaskResponse__Output>): grpc.ClientUnaryCall;
  
  GetTask(argument: _flyteidl2_connector_GetTaskRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_flyteidl2_connector_GetTaskResponse__Output>): grpc.ClientUnaryCall;
  GetTask(argument: _flyteidl2_connector_GetTaskRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_flyteidl2_connector_GetTaskResponse__Output>): grpc.ClientUnaryCall;
  GetTask(argument: _flyteidl2_connector_GetTaskRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_flyteidl2_connector_GetTaskResponse__Output>): grpc.ClientUnaryCall;
  GetTask(argument: _flyteidl2_connector_GetTaskRequest, callback: grpc.requestCallback<_flyteidl2_connector_GetTaskResponse__Output>): grpc.ClientUnaryCall;
  getTask(argument: _flyteidl2_connector_GetTaskRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_flyteidl2_connector_GetTaskResponse__Output>): grpc.ClientUnaryCall;
  getTask(argument: _flyteidl2_connector_GetTaskRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_flyteidl2_connector_GetTaskResponse__Output>): grpc.ClientUnaryCall;
  getTask(argument: _flyteidl2_connector_GetTaskRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_flyteidl2_connector_GetTaskResponse__Output>): grpc.ClientUnaryCall;
  getTask(argument: _flyteidl2_connector_GetTaskRequest, callback: grpc.requestCallback<_flyteidl2_connector_GetTaskResponse__Output>): grpc.ClientUnaryCall;
  
  GetTaskLogs(argument: _flyteidl2_connector_GetTaskLogsRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_flyteidl2_connector_GetTaskLogsResponse__Output>;
  GetTaskLogs(argument: _flyteidl2_connector_GetTaskLogsRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_flyteidl2_connector_GetTaskLogsResponse__Output>;
  getTaskLogs(argument: _flyteidl2_connector_GetTaskLogsRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_flyteidl2_connector_GetTaskLogsResponse__Output>;
  getTaskLogs(argument: _flyteidl2_connector_GetTaskLogsRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_flyteidl2_connector_GetTaskLogsResponse__Output>;
  
  GetTaskMetrics(argument: _flyteidl2_connector_GetTaskMetricsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_flyteidl2_connector_GetTaskMetricsResponse__Output>): grpc.ClientUnaryCall;
  GetTaskMetrics(argument: _flyteidl2_connector_GetTaskMetricsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_flyteidl2_connector_GetTaskMetricsResponse__Output>): grpc.ClientUnaryCall;
  GetTaskMetrics(argument: _flyteidl2_connector_GetTaskMetricsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_flyteidl2_connector_GetTaskMetricsResponse__Output>): grpc.ClientUnaryCall;
  GetTaskMetrics(argument: _flyteidl2_connector_GetTaskMetricsRequest, callback: grpc.requestCallback<_flyteidl2_connector_GetTaskMetricsResponse__Output>): grpc.ClientUnaryCall;
  getTaskMetrics(argument: _flyteidl2_connector_GetTaskMetricsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_flyteidl2_connector_GetTaskMetricsResponse__Output>): grpc.ClientUnaryCall;
  getTaskMetrics(argument: _flyteidl2_connector_GetTaskMetricsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_flyteidl2_connector_GetTaskMetricsResponse__Output>): grpc.ClientUnaryCall;
  getTaskMetrics(argument: _flyteidl2_connector_GetTaskMetricsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_flyteidl2_connector_GetTaskMetricsResponse__Output>): grpc.ClientUnaryCall;
  getTaskMetrics(argument: _flyteidl2_connector_GetTaskMetricsRequest, callback: grpc.requestCallback<_flyteidl2_connector_GetTaskMetricsResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface AsyncConnectorServiceHandlers extends grpc.UntypedServiceImplementation {
  CreateTask: grpc.handleUnaryCall<_flyteidl2_connector_CreateTaskRequest__Output, _flyteidl2_connector_CreateTaskResponse>;
  
  DeleteTask: grpc.handleUnaryCall<_flyteidl2_connector_DeleteTaskRequest__Output, _flyteidl2_connector_DeleteTaskResponse>;
  
  GetTask: grpc.handleUnaryCall<_flyteidl2_connector_GetTaskRequest__Output, _flyteidl2_connector_GetTaskResponse>;
  
  GetTaskLogs: grpc.handleServerStreamingCall<_flyteidl2_connector_GetTaskLogsRequest__Output, _flyteidl2_connector_GetTaskLogsResponse>;
  
  GetTaskMetrics: grpc.handleUnaryCall<_flyteidl2_connector_GetTaskMetricsRequest__Output, _flyteidl2_connector_GetTaskMetricsResponse>;
  
}

export interface AsyncConnectorServiceDefinition extends grpc.ServiceDefinition {
  CreateTask: MethodDefinition<_flyteidl2_connector_CreateTaskRequest, _flyteidl2_connector_CreateTaskResponse, _flyteidl2_connector_CreateTaskRequest__Output, _flyteidl2_connector_CreateTaskResponse__Output>
  DeleteTask: MethodDefinition<_flyteidl2_connector_DeleteTaskRequest, _flyteidl2_connector_DeleteTaskResponse, _flyteidl2_connector_DeleteTaskRequest__Output, _flyteidl2_connector_DeleteTaskResponse__Output>
  GetTask: MethodDefinition<_flyteidl2_connector_GetTaskRequest, _flyteidl2_connector_GetTaskResponse, _flyteidl2_connector_GetTaskRequest__Output, _flyteidl2_connector_GetTaskResponse__Output>
  GetTaskLogs: MethodDefinition<_flyteidl2_connector_GetTaskLogsRequest, _flyteidl2_connector_GetTaskLogsResponse, _flyteidl2_connector_GetTaskLogsRequest__Output, _flyteidl2_connector_GetTaskLogsResponse__Output>
  GetTaskMetrics: MethodDefinition<_flyteidl2_connector_GetTaskMetricsRequest, _flyteidl2_connector_GetTaskMetricsResponse, _flyteidl2_connector_GetTaskMetricsRequest__Output, _flyteidl2_connector_GetTaskMetricsResponse__Output>
}
