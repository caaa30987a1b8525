// Original file: proto/flyteidl2/connector/service.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { GetConnectorRequest as _flyteidl2_connector_GetConnectorRequest, GetConnectorRequest__Output as _flyteidl2_connector_GetConnectorRequest__Output } from '../../flyteidl2/connector/GetConnectorRequest.js';
import type { GetConnectorResponse as _flyteidl2_connector_GetConnectorResponse, GetConnectorResponse__Output as _flyteidl2_connector_GetConnectorResponse__Output } from '../../flyteidl2/connector/GetConnectorResponse.js';
import type { ListConnectorsRequest as _flyteidl2_connector_ListConnectorsRequest, ListConnectorsRequest__Output as _flyteidl2_connector_ListConnectorsRequest__Output } from '../../flyteidl2/connector/ListConnectorsRequest.js';
import type { ListConnectorsResponse as _flyteidl2_connector_ListConnectorsResponse, ListConnectorsResponse__Output as _flyteidl2_connector_ListConnectorsResponse__Output } from '../../flyteidl2/connector/ListConnectorsResponse.js';

export interface ConnectorMetadataServiceClient extends grpc.Client {
  GetConnector(argument: _flyteidl2_connector_GetConnectorRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_flyteidl2_connector_GetConnectorResponse__Output>): grpc.ClientUnaryCall;
  GetConnector(argument: _flyteidl2_connector_GetConnectorRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_flyteidl2_connector_GetConnectorResponse__Output>): grpc.ClientUnaryCall;
  GetConnector(argument: _flyteidl2_connector_GetConnectorRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_flyteidl2_connector_GetConnectorResponse__Output>): grpc.ClientUnaryCall;
  GetConnector(argument: _flyteidl2_connector_GetConnectorRequest, callback: grpc.requestCallback<_flyteidl2_connector_GetConnectorResponse__Output>): grpc.ClientUnaryCall;
  getConnector(argument: _flyteidl2_connector_GetConnectorRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_flyteidl2_connector_GetConnectorResponse__Output>): grpc.ClientUnaryCall;
  getConnector(argument: _flyteidl2_connector_GetConnectorRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_flyteidl2_connector_GetConnectorResponse__Output>): grpc.ClientUnaryCall;
  getConnector(argument: _flyteidl2_connector_GetConnectorRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_flyteidl2_connector_GetConnectorResponse__Output>): grpc.ClientUnaryCall;
  getConnector(argument: _flyteidl2_connector_GetConnectorRequest, callback: grpc.requestCallback<_flyteidl2_connector_GetConnectorResponse__Output>): grpc.ClientUnaryCall;
  
  ListConnectors(argument: _flyteidl2_connector_ListConnectorsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_flyteidl2_connector_ListConnectorsResponse__Output>): grpc.ClientUnaryCall;
  ListConnectors(argument: _flyteidl2_connector_ListConnectorsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_flyteidl2_connector_ListConnectorsResponse__Output>): grpc.ClientUnaryCall;
  ListConnectors(argument: _flyteidl2_connector_ListConnectorsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_flyteidl2_connector_ListConnectorsResponse__Output>): grpc.ClientUnaryCall;
  ListConnectors(argument: _flyteidl2_connector_ListConnectorsRequest, callback: grpc.requestCallback<_flyteidl2_connector_ListConnectorsResponse__Output>): grpc.ClientUnaryCall;
  listConnectors(argument: _flyteidl2_connector_ListConnectorsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_flyteidl2_connector_ListConnectorsResponse__Output>): grpc.ClientUnaryCall;
  listConnectors(argument: _flyteidl2_connector_ListConnectorsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_flyteidl2_connector_ListConnectorsResponse__Output>): grpc.ClientUnaryCall;
  listConnectors(argument: _flyteidl2_connector_ListConnectorsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_flyteidl2_connector_ListConnectorsResponse__Output>): grpc.ClientUnaryCall;
  listConnectors(argument: _flyteidl2_connector_ListConnectorsRequest, callback: grpc.requestCallback<_flyteidl2_connector_ListConnectorsResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface ConnectorMetadataServiceHandlers extends grpc.UntypedServiceImplementation {
  GetConnector: grpc.handleUnaryCall<_flyteidl2_connector_GetConnectorRequest__Output, _flyteidl2_connector_GetConnectorResponse>;
  
  ListConnectors: grpc.handleUnaryCall<_flyteidl2_connector_ListConnectorsRequest__Output, _flyteidl2_connector_ListConnectorsResponse>;
  
}

export interface ConnectorMetadataServiceDefinition extends grpc.ServiceDefinition {
  GetConnector: MethodDefinition<_flyteidl2_connector_GetConnectorRequest, _flyteidl2_connector_GetConnectorResponse, _flyteidl2_connector_GetConnectorRequest__Output, _flyteidl2_connector_GetConnectorResponse__Output>
  ListConnectors: MethodDefinition<_flyteidl2_connector_ListConnectorsRequest, _flyteidl2_connector_ListConnectorsResponse, _flyteidl2_connector_ListConnectorsRequest__Output, _flyteidl2_connector_ListConnectorsResponse__Output>
}
