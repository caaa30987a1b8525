// Original file: node_modules/@flyteorg/flyteidl/protos/flyteidl/service/agent.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { GetAgentRequest as _flyteidl_admin_GetAgentRequest, GetAgentRequest__Output as _flyteidl_admin_GetAgentRequest__Output } from '../../flyteidl/admin/GetAgentRequest.js';
import type { GetAgentResponse as _flyteidl_admin_GetAgentResponse, GetAgentResponse__Output as _flyteidl_admin_GetAgentResponse__Output } from '../../flyteidl/admin/GetAgentResponse.js';
import type { ListAgentsRequest as _flyteidl_admin_ListAgentsRequest, ListAgentsRequest__Output as _flyteidl_admin_ListAgentsRequest__Output } from '../../flyteidl/admin/ListAgentsRequest.js';
import type { ListAgentsResponse as _flyteidl_admin_ListAgentsResponse, ListAgentsResponse__Output as _flyteidl_admin_ListAgentsResponse__Output } from '../../flyteidl/admin/ListAgentsResponse.js';

export interface AgentMetadataServiceClient extends grpc.Client {
  GetAgent(argument: _flyteidl_admin_GetAgentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_flyteidl_admin_GetAgentResponse__Output>): grpc.ClientUnaryCall;
  GetAgent(argument: _flyteidl_admin_GetAgentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_flyteidl_admin_GetAgentResponse__Output>): grpc.ClientUnaryCall;
  GetAgent(argument: _flyteidl_admin_GetAgentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_flyteidl_admin_GetAgentResponse__Output>): grpc.ClientUnaryCall;
  GetAgent(argument: _flyteidl_admin_GetAgentRequest, callback: grpc.requestCallback<_flyteidl_admin_GetAgentResponse__Output>): grpc.ClientUnaryCall;
  getAgent(argument: _flyteidl_admin_GetAgentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_flyteidl_admin_GetAgentResponse__Output>): grpc.ClientUnaryCall;
  getAgent(argument: _flyteidl_admin_GetAgentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_flyteidl_admin_GetAgentResponse__Output>): grpc.ClientUnaryCall;
  getAgent(argument: _flyteidl_admin_GetAgentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_flyteidl_admin_GetAgentResponse__Output>): grpc.ClientUnaryCall;
  getAgent(argument: _flyteidl_admin_GetAgentRequest, callback: grpc.requestCallback<_flyteidl_admin_GetAgentResponse__Output>): grpc.ClientUnaryCall;
  
  ListAgents(argument: _flyteidl_admin_ListAgentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_flyteidl_admin_ListAgentsResponse__Output>): grpc.ClientUnaryCall;
  ListAgents(argument: _flyteidl_admin_ListAgentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_flyteidl_admin_ListAgentsResponse__Output>): grpc.ClientUnaryCall;
  ListAgents(argument: _flyteidl_admin_ListAgentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_flyteidl_admin_ListAgentsResponse__Output>): grpc.ClientUnaryCall;
  ListAgents(argument: _flyteidl_admin_ListAgentsRequest, callback: grpc.requestCallback<_flyteidl_admin_ListAgentsResponse__Output>): grpc.ClientUnaryCall;
  listAgents(argument: _flyteidl_admin_ListAgentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_flyteidl_admin_ListAgentsResponse__Output>): grpc.ClientUnaryCall;
  listAgents(argument: _flyteidl_admin_ListAgentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_flyteidl_admin_ListAgentsResponse__Output>): grpc.ClientUnaryCall;
  listAgents(argument: _flyteidl_admin_ListAgentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_flyteidl_admin_ListAgentsResponse__Output>): grpc.ClientUnaryCall;
  listAgents(argument: _flyteidl_admin_ListAgentsRequest, callback: grpc.requestCallback<_flyteidl_admin_ListAgentsResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface AgentMetadataServiceHandlers extends grpc.UntypedServiceImplementation {
  GetAgent: grpc.handleUnaryCall<_flyteidl_admin_GetAgentRequest__Output, _flyteidl_admin_GetAgentResponse>;
  
  ListAgents: grpc.handleUnaryCall<_flyteidl_admin_ListAgentsRequest__Output, _flyteidl_admin_ListAgentsResponse>;
  
}

export interface AgentMetadataServiceDefinition extends grpc.ServiceDefinition {
  GetAgent: MethodDefinition<_flyteidl_admin_GetAgentRequest, _flyteidl_admin_GetAgentResponse, _flyteidl_admin_GetAgentRequest__Output, _flyteidl_admin_GetAgentResponse__Output>
  ListAgents: MethodDefinition<_flyteidl_admin_ListAgentsRequest, _flyteidl_admin_ListAgentsResponse, _flyteidl_admin_ListAgentsRequest__Output, _flyteidl_admin_ListAgentsResponse__Output>
}
