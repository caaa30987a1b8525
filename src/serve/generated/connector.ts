import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { ActionAttemptIdentifier as _flyteidl2_common_ActionAttemptIdentifier, ActionAttemptIdentifier__Output as _flyteidl2_common_ActionAttemptIdentifier__Output } from './flyteidl2/common/ActionAttemptIdentifier.js';
import type { ActionIdentifier as _flyteidl2_common_ActionIdentifier, ActionIdentifier__Output as _flyteidl2_common_ActionIdentifier__Output } from './flyteidl2/common/ActionIdentifier.js';
import type { ApplicationIdentifier as _flyteidl2_common_ApplicationIdentifier, ApplicationIdentifier__Output as _flyteidl2_common_ApplicationIdentifier__Output } from './flyteidl2/common/ApplicationIdentifier.js';
import type { ClusterConfigIdentifier as _flyteidl2_common_ClusterConfigIdentifier, ClusterConfigIdentifier__Output as _flyteidl2_common_ClusterConfigIdentifier__Output } from './flyteidl2/common/ClusterConfigIdentifier.js';
import type { ClusterIdentifier as _flyteidl2_common_ClusterIdentifier, ClusterIdentifier__Output as _flyteidl2_common_ClusterIdentifier__Output } from './flyteidl2/common/ClusterIdentifier.js';
import type { ClusterNodepoolIdentifier as _flyteidl2_common_ClusterNodepoolIdentifier, ClusterNodepoolIdentifier__Output as _flyteidl2_common_ClusterNodepoolIdentifier__Output } from './flyteidl2/common/ClusterNodepoolIdentifier.js';
import type { ClusterPoolIdentifier as _flyteidl2_common_ClusterPoolIdentifier, ClusterPoolIdentifier__Output as _flyteidl2_common_ClusterPoolIdentifier__Output } from './flyteidl2/common/ClusterPoolIdentifier.js';
import type { DomainIdentifier as _flyteidl2_common_DomainIdentifier, DomainIdentifier__Output as _flyteidl2_common_DomainIdentifier__Output } from './flyteidl2/common/DomainIdentifier.js';
import type { Filter as _flyteidl2_common_Filter, Filter__Output as _flyteidl2_common_Filter__Output } from './flyteidl2/common/Filter.js';
import type { ListRequest as _flyteidl2_common_ListRequest, ListRequest__Output as _flyteidl2_common_ListRequest__Output } from './flyteidl2/common/ListRequest.js';
import type { ManagedClusterIdentifier as _flyteidl2_common_ManagedClusterIdentifier, ManagedClusterIdentifier__Output as _flyteidl2_common_ManagedClusterIdentifier__Output } from './flyteidl2/common/ManagedClusterIdentifier.js';
import type { OrgIdentifier as _flyteidl2_common_OrgIdentifier, OrgIdentifier__Output as _flyteidl2_common_OrgIdentifier__Output } from './flyteidl2/common/OrgIdentifier.js';
import type { PolicyIdentifier as _flyteidl2_common_PolicyIdentifier, PolicyIdentifier__Output as _flyteidl2_common_PolicyIdentifier__Output } from './flyteidl2/common/PolicyIdentifier.js';
import type { ProjectIdentifier as _flyteidl2_common_ProjectIdentifier, ProjectIdentifier__Output as _flyteidl2_common_ProjectIdentifier__Output } from './flyteidl2/common/ProjectIdentifier.js';
import type { RoleIdentifier as _flyteidl2_common_RoleIdentifier, RoleIdentifier__Output as _flyteidl2_common_RoleIdentifier__Output } from './flyteidl2/common/RoleIdentifier.js';
import type { RunIdentifier as _flyteidl2_common_RunIdentifier, RunIdentifier__Output as _flyteidl2_common_RunIdentifier__Output } from './flyteidl2/common/RunIdentifier.js';
import type { Sort as _flyteidl2_common_Sort, Sort__Output as _flyteidl2_common_Sort__Output } from './flyteidl2/common/Sort.js';
import type { TriggerIdentifier as _flyteidl2_common_TriggerIdentifier, TriggerIdentifier__Output as _flyteidl2_common_TriggerIdentifier__Output } from './flyteidl2/common/TriggerIdentifier.js';
import type { TriggerName as _flyteidl2_common_TriggerName, TriggerName__Output as _flyteidl2_common_TriggerName__Output } from './flyteidl2/common/TriggerName.js';
import type { UserIdentifier as _flyteidl2_common_UserIdentifier, UserIdentifier__Output as _flyteidl2_common_UserIdentifier__Output } from './flyteidl2/common/UserIdentifier.js';
import type { AsyncConnectorServiceClient as _flyteidl2_connector_AsyncConnectorServiceClient, AsyncConnectorServiceDefinition as _flyteidl2_connector_AsyncConnectorServiceDefinition } from './flyteidl2/connector/AsyncConnectorService.js';
import type { Connector as _flyteidl2_connector_Connector, Connector__Output as _flyteidl2_connector_Connector__Output } from './flyteidl2/connector/Connector.js';
import type { ConnectorMetadataServiceClient as _flyteidl2_connector_ConnectorMetadataServiceClient, ConnectorMetadataServiceDefinition as _flyteidl2_connector_ConnectorMetadataServiceDefinition } from './flyteidl2/connector/ConnectorMetadataService.js';
import type { CreateRequestHeader as _flyteidl2_connector_CreateRequestHeader, CreateRequestHeader__Output as _flyteidl2_connector_CreateRequestHeader__Output } from './flyteidl2/connector/CreateRequestHeader.js';
import type { CreateTaskRequest as _flyteidl2_connector_CreateTaskRequest, CreateTaskRequest__Output as _flyteidl2_connector_CreateTaskRequest__Output } from './flyteidl2/connector/CreateTaskRequest.js';
import type { CreateTaskResponse as _flyteidl2_connector_CreateTaskResponse, CreateTaskResponse__Output as _flyteidl2_connector_CreateTaskResponse__Output } from './flyteidl2/connector/CreateTaskResponse.js';
import type { DeleteTaskRequest as _flyteidl2_connector_DeleteTaskRequest, DeleteTaskRequest__Output as _flyteidl2_connector_DeleteTaskRequest__Output } from './flyteidl2/connector/DeleteTaskRequest.js';
import type { DeleteTaskResponse as _flyteidl2_connector_DeleteTaskResponse, DeleteTaskResponse__Output as _flyteidl2_connector_DeleteTaskResponse__Output } from './flyteidl2/connector/DeleteTaskResponse.js';
import type { GetConnectorRequest as _flyteidl2_connector_GetConnectorRequest, GetConnectorRequest__Output as _flyteidl2_connector_GetConnectorRequest__Output } from './flyteidl2/connector/GetConnectorRequest.js';
import type { GetConnectorResponse as _flyteidl2_connector_GetConnectorResponse, GetConnectorResponse__Output as _flyteidl2_connector_GetConnectorResponse__Output } from './flyteidl2/connector/GetConnectorResponse.js';
import type { GetTaskLogsRequest as _flyteidl2_connector_GetTaskLogsRequest, GetTaskLogsRequest__Output as _flyteidl2_connector_GetTaskLogsRequest__Output } from './flyteidl2/connector/GetTaskLogsRequest.js';
import type { GetTaskLogsResponse as _flyteidl2_connector_GetTaskLogsResponse, GetTaskLogsResponse__Output as _flyteidl2_connector_GetTaskLogsResponse__Output } from './flyteidl2/connector/GetTaskLogsResponse.js';
import type { GetTaskLogsResponseBody as _flyteidl2_connector_GetTaskLogsResponseBody, GetTaskLogsResponseBody__Output as _flyteidl2_connector_GetTaskLogsResponseBody__Output } from './flyteidl2/connector/GetTaskLogsResponseBody.js';
import type { GetTaskLogsResponseHeader as _flyteidl2_connector_GetTaskLogsResponseHeader, GetTaskLogsResponseHeader__Output as _flyteidl2_connector_GetTaskLogsResponseHeader__Output } from './flyteidl2/connector/GetTaskLogsResponseHeader.js';
import type { GetTaskMetricsRequest as _flyteidl2_connector_GetTaskMetricsRequest, GetTaskMetricsRequest__Output as _flyteidl2_connector_GetTaskMetricsRequest__Output } from './flyteidl2/connector/GetTaskMetricsRequest.js';
import type { GetTaskMetricsResponse as _flyteidl2_connector_GetTaskMetricsResponse, GetTaskMetricsResponse__Output as _flyteidl2_connector_GetTaskMetricsResponse__Output } from './flyteidl2/connector/GetTaskMetricsResponse.js';
import type { GetTaskRequest as _flyteidl2_connector_GetTaskRequest, GetTaskRequest__Output as _flyteidl2_connector_GetTaskRequest__Output } from './flyteidl2/connector/GetTaskRequest.js';
import type { GetTaskResponse as _flyteidl2_connector_GetTaskResponse, GetTaskResponse__Output as _flyteidl2_connector_GetTaskResponse__Output } from './flyteidl2/connector/GetTaskResponse.js';
import type { ListConnectorsRequest as _flyteidl2_connector_ListConnectorsRequest, ListConnectorsRequest__Output as _flyteidl2_connector_ListConnectorsRequest__Output } from './flyteidl2/connector/ListConnectorsRequest.js';
import type { ListConnectorsResponse as _flyteidl2_connector_ListConnectorsResponse, ListConnectorsResponse__Output as _flyteidl2_connector_ListConnectorsResponse__Output } from './flyteidl2/connector/ListConnectorsResponse.js';
import type { Resource as _flyteidl2_connector_Resource, Resource__Output as _flyteidl2_connector_Resource__Output } from './flyteidl2/connector/Resource.js';
import type { TaskCategory as _flyteidl2_connector_TaskCategory, TaskCategory__Output as _flyteidl2_connector_TaskCategory__Output } from './flyteidl2/connector/TaskCategory.js';
import type { TaskExecutionMetadata as _flyteidl2_connector_TaskExecutionMetadata, TaskExecutionMetadata__Output as _flyteidl2_connector_TaskExecutionMetadata__Output } from './flyteidl2/connector/TaskExecutionMetadata.js';
import type { ArtifactBindingData as _flyteidl2_core_ArtifactBindingData, ArtifactBindingData__Output as _flyteidl2_core_ArtifactBindingData__Output } from './flyteidl2/core/ArtifactBindingData.js';
import type { ArtifactID as _flyteidl2_core_ArtifactID, ArtifactID__Output as _flyteidl2_core_ArtifactID__Output } from './flyteidl2/core/ArtifactID.js';
import type { ArtifactKey as _flyteidl2_core_ArtifactKey, ArtifactKey__Output as _flyteidl2_core_ArtifactKey__Output } from './flyteidl2/core/ArtifactKey.js';
import type { ArtifactQuery as _flyteidl2_core_ArtifactQuery, ArtifactQuery__Output as _flyteidl2_core_ArtifactQuery__Output } from './flyteidl2/core/ArtifactQuery.js';
import type { ArtifactTag as _flyteidl2_core_ArtifactTag, ArtifactTag__Output as _flyteidl2_core_ArtifactTag__Output } from './flyteidl2/core/ArtifactTag.js';
import type { Backoff as _flyteidl2_core_Backoff, Backoff__Output as _flyteidl2_core_Backoff__Output } from './flyteidl2/core/Backoff.js';
import type { Binary as _flyteidl2_core_Binary, Binary__Output as _flyteidl2_core_Binary__Output } from './flyteidl2/core/Binary.js';
import type { Binding as _flyteidl2_core_Binding, Binding__Output as _flyteidl2_core_Binding__Output } from './flyteidl2/core/Binding.js';
import type { BindingData as _flyteidl2_core_BindingData, BindingData__Output as _flyteidl2_core_BindingData__Output } from './flyteidl2/core/BindingData.js';
import type { BindingDataCollection as _flyteidl2_core_BindingDataCollection, BindingDataCollection__Output as _flyteidl2_core_BindingDataCollection__Output } from './flyteidl2/core/BindingDataCollection.js';
import type { BindingDataMap as _flyteidl2_core_BindingDataMap, BindingDataMap__Output as _flyteidl2_core_BindingDataMap__Output } from './flyteidl2/core/BindingDataMap.js';
import type { Blob as _flyteidl2_core_Blob, Blob__Output as _flyteidl2_core_Blob__Output } from './flyteidl2/core/Blob.js';
import type { BlobMetadata as _flyteidl2_core_BlobMetadata, BlobMetadata__Output as _flyteidl2_core_BlobMetadata__Output } from './flyteidl2/core/BlobMetadata.js';
import type { BlobType as _flyteidl2_core_BlobType, BlobType__Output as _flyteidl2_core_BlobType__Output } from './flyteidl2/core/BlobType.js';
import type { Connection as _flyteidl2_core_Connection, Connection__Output as _flyteidl2_core_Connection__Output } from './flyteidl2/core/Connection.js';
import type { ConnectorLogContext as _flyteidl2_core_ConnectorLogContext, ConnectorLogContext__Output as _flyteidl2_core_ConnectorLogContext__Output } from './flyteidl2/core/ConnectorLogContext.js';
import type { Container as _flyteidl2_core_Container, Container__Output as _flyteidl2_core_Container__Output } from './flyteidl2/core/Container.js';
import type { ContainerContext as _flyteidl2_core_ContainerContext, ContainerContext__Output as _flyteidl2_core_ContainerContext__Output } from './flyteidl2/core/ContainerContext.js';
import type { ContainerError as _flyteidl2_core_ContainerError, ContainerError__Output as _flyteidl2_core_ContainerError__Output } from './flyteidl2/core/ContainerError.js';
import type { ContainerPort as _flyteidl2_core_ContainerPort, ContainerPort__Output as _flyteidl2_core_ContainerPort__Output } from './flyteidl2/core/ContainerPort.js';
import type { DataLoadingConfig as _flyteidl2_core_DataLoadingConfig, DataLoadingConfig__Output as _flyteidl2_core_DataLoadingConfig__Output } from './flyteidl2/core/DataLoadingConfig.js';
import type { EnumType as _flyteidl2_core_EnumType, EnumType__Output as _flyteidl2_core_EnumType__Output } from './flyteidl2/core/EnumType.js';
import type { Error as _flyteidl2_core_Error, Error__Output as _flyteidl2_core_Error__Output } from './flyteidl2/core/Error.js';
import type { ErrorDocument as _flyteidl2_core_ErrorDocument, ErrorDocument__Output as _flyteidl2_core_ErrorDocument__Output } from './flyteidl2/core/ErrorDocument.js';
import type { ExecutionError as _flyteidl2_core_ExecutionError, ExecutionError__Output as _flyteidl2_core_ExecutionError__Output } from './flyteidl2/core/ExecutionError.js';
import type { ExecutionMetricResult as _flyteidl2_core_ExecutionMetricResult, ExecutionMetricResult__Output as _flyteidl2_core_ExecutionMetricResult__Output } from './flyteidl2/core/ExecutionMetricResult.js';
import type { ExtendedResources as _flyteidl2_core_ExtendedResources, ExtendedResources__Output as _flyteidl2_core_ExtendedResources__Output } from './flyteidl2/core/ExtendedResources.js';
import type { GPUAccelerator as _flyteidl2_core_GPUAccelerator, GPUAccelerator__Output as _flyteidl2_core_GPUAccelerator__Output } from './flyteidl2/core/GPUAccelerator.js';
import type { IOStrategy as _flyteidl2_core_IOStrategy, IOStrategy__Output as _flyteidl2_core_IOStrategy__Output } from './flyteidl2/core/IOStrategy.js';
import type { Identifier as _flyteidl2_core_Identifier, Identifier__Output as _flyteidl2_core_Identifier__Output } from './flyteidl2/core/Identifier.js';
import type { Identity as _flyteidl2_core_Identity, Identity__Output as _flyteidl2_core_Identity__Output } from './flyteidl2/core/Identity.js';
import type { InputBindingData as _flyteidl2_core_InputBindingData, InputBindingData__Output as _flyteidl2_core_InputBindingData__Output } from './flyteidl2/core/InputBindingData.js';
import type { K8sObjectMetadata as _flyteidl2_core_K8sObjectMetadata, K8sObjectMetadata__Output as _flyteidl2_core_K8sObjectMetadata__Output } from './flyteidl2/core/K8sObjectMetadata.js';
import type { K8sPod as _flyteidl2_core_K8sPod, K8sPod__Output as _flyteidl2_core_K8sPod__Output } from './flyteidl2/core/K8sPod.js';
import type { KeyValuePair as _flyteidl2_core_KeyValuePair, KeyValuePair__Output as _flyteidl2_core_KeyValuePair__Output } from './flyteidl2/core/KeyValuePair.js';
import type { LabelValue as _flyteidl2_core_LabelValue, LabelValue__Output as _flyteidl2_core_LabelValue__Output } from './flyteidl2/core/LabelValue.js';
import type { Literal as _flyteidl2_core_Literal, Literal__Output as _flyteidl2_core_Literal__Output } from './flyteidl2/core/Literal.js';
import type { LiteralCollection as _flyteidl2_core_LiteralCollection, LiteralCollection__Output as _flyteidl2_core_LiteralCollection__Output } from './flyteidl2/core/LiteralCollection.js';
import type { LiteralMap as _flyteidl2_core_LiteralMap, LiteralMap__Output as _flyteidl2_core_LiteralMap__Output } from './flyteidl2/core/LiteralMap.js';
import type { LiteralOffloadedMetadata as _flyteidl2_core_LiteralOffloadedMetadata, LiteralOffloadedMetadata__Output as _flyteidl2_core_LiteralOffloadedMetadata__Output } from './flyteidl2/core/LiteralOffloadedMetadata.js';
import type { LiteralType as _flyteidl2_core_LiteralType, LiteralType__Output as _flyteidl2_core_LiteralType__Output } from './flyteidl2/core/LiteralType.js';
import type { LogContext as _flyteidl2_core_LogContext, LogContext__Output as _flyteidl2_core_LogContext__Output } from './flyteidl2/core/LogContext.js';
import type { NodeExecution as _flyteidl2_core_NodeExecution, NodeExecution__Output as _flyteidl2_core_NodeExecution__Output } from './flyteidl2/core/NodeExecution.js';
import type { NodeExecutionIdentifier as _flyteidl2_core_NodeExecutionIdentifier, NodeExecutionIdentifier__Output as _flyteidl2_core_NodeExecutionIdentifier__Output } from './flyteidl2/core/NodeExecutionIdentifier.js';
import type { OAuth2Client as _flyteidl2_core_OAuth2Client, OAuth2Client__Output as _flyteidl2_core_OAuth2Client__Output } from './flyteidl2/core/OAuth2Client.js';
import type { OAuth2TokenRequest as _flyteidl2_core_OAuth2TokenRequest, OAuth2TokenRequest__Output as _flyteidl2_core_OAuth2TokenRequest__Output } from './flyteidl2/core/OAuth2TokenRequest.js';
import type { OutputReference as _flyteidl2_core_OutputReference, OutputReference__Output as _flyteidl2_core_OutputReference__Output } from './flyteidl2/core/OutputReference.js';
import type { Parameter as _flyteidl2_core_Parameter, Parameter__Output as _flyteidl2_core_Parameter__Output } from './flyteidl2/core/Parameter.js';
import type { ParameterMap as _flyteidl2_core_ParameterMap, ParameterMap__Output as _flyteidl2_core_ParameterMap__Output } from './flyteidl2/core/ParameterMap.js';
import type { Partitions as _flyteidl2_core_Partitions, Partitions__Output as _flyteidl2_core_Partitions__Output } from './flyteidl2/core/Partitions.js';
import type { PodLogContext as _flyteidl2_core_PodLogContext, PodLogContext__Output as _flyteidl2_core_PodLogContext__Output } from './flyteidl2/core/PodLogContext.js';
import type { Primitive as _flyteidl2_core_Primitive, Primitive__Output as _flyteidl2_core_Primitive__Output } from './flyteidl2/core/Primitive.js';
import type { PromiseAttribute as _flyteidl2_core_PromiseAttribute, PromiseAttribute__Output as _flyteidl2_core_PromiseAttribute__Output } from './flyteidl2/core/PromiseAttribute.js';
import type { QualityOfService as _flyteidl2_core_QualityOfService, QualityOfService__Output as _flyteidl2_core_QualityOfService__Output } from './flyteidl2/core/QualityOfService.js';
import type { QualityOfServiceSpec as _flyteidl2_core_QualityOfServiceSpec, QualityOfServiceSpec__Output as _flyteidl2_core_QualityOfServiceSpec__Output } from './flyteidl2/core/QualityOfServiceSpec.js';
import type { Resources as _flyteidl2_core_Resources, Resources__Output as _flyteidl2_core_Resources__Output } from './flyteidl2/core/Resources.js';
import type { RetryStrategy as _flyteidl2_core_RetryStrategy, RetryStrategy__Output as _flyteidl2_core_RetryStrategy__Output } from './flyteidl2/core/RetryStrategy.js';
import type { RuntimeBinding as _flyteidl2_core_RuntimeBinding, RuntimeBinding__Output as _flyteidl2_core_RuntimeBinding__Output } from './flyteidl2/core/RuntimeBinding.js';
import type { RuntimeMetadata as _flyteidl2_core_RuntimeMetadata, RuntimeMetadata__Output as _flyteidl2_core_RuntimeMetadata__Output } from './flyteidl2/core/RuntimeMetadata.js';
import type { Scalar as _flyteidl2_core_Scalar, Scalar__Output as _flyteidl2_core_Scalar__Output } from './flyteidl2/core/Scalar.js';
import type { Schema as _flyteidl2_core_Schema, Schema__Output as _flyteidl2_core_Schema__Output } from './flyteidl2/core/Schema.js';
import type { SchemaType as _flyteidl2_core_SchemaType, SchemaType__Output as _flyteidl2_core_SchemaType__Output } from './flyteidl2/core/SchemaType.js';
import type { Secret as _flyteidl2_core_Secret, Secret__Output as _flyteidl2_core_Secret__Output } from './flyteidl2/core/Secret.js';
import type { SecurityContext as _flyteidl2_core_SecurityContext, SecurityContext__Output as _flyteidl2_core_SecurityContext__Output } from './flyteidl2/core/SecurityContext.js';
import type { SharedMemory as _flyteidl2_core_SharedMemory, SharedMemory__Output as _flyteidl2_core_SharedMemory__Output } from './flyteidl2/core/SharedMemory.js';
import type { SignalIdentifier as _flyteidl2_core_SignalIdentifier, SignalIdentifier__Output as _flyteidl2_core_SignalIdentifier__Output } from './flyteidl2/core/SignalIdentifier.js';
import type { Sql as _flyteidl2_core_Sql, Sql__Output as _flyteidl2_core_Sql__Output } from './flyteidl2/core/Sql.js';
import type { StructuredDataset as _flyteidl2_core_StructuredDataset, StructuredDataset__Output as _flyteidl2_core_StructuredDataset__Output } from './flyteidl2/core/StructuredDataset.js';
import type { StructuredDatasetMetadata as _flyteidl2_core_StructuredDatasetMetadata, StructuredDatasetMetadata__Output as _flyteidl2_core_StructuredDatasetMetadata__Output } from './flyteidl2/core/StructuredDatasetMetadata.js';
import type { StructuredDatasetType as _flyteidl2_core_StructuredDatasetType, StructuredDatasetType__Output as _flyteidl2_core_StructuredDatasetType__Output } from './flyteidl2/core/StructuredDatasetType.js';
import type { TaskExecution as _flyteidl2_core_TaskExecution, TaskExecution__Output as _flyteidl2_core_TaskExecution__Output } from './flyteidl2/core/TaskExecution.js';
import type { TaskExecutionIdentifier as _flyteidl2_core_TaskExecutionIdentifier, TaskExecutionIdentifier__Output as _flyteidl2_core_TaskExecutionIdentifier__Output } from './flyteidl2/core/TaskExecutionIdentifier.js';
import type { TaskLog as _flyteidl2_core_TaskLog, TaskLog__Output as _flyteidl2_core_TaskLog__Output } from './flyteidl2/core/TaskLog.js';
import type { TaskMetadata as _flyteidl2_core_TaskMetadata, TaskMetadata__Output as _flyteidl2_core_TaskMetadata__Output } from './flyteidl2/core/TaskMetadata.js';
import type { TaskTemplate as _flyteidl2_core_TaskTemplate, TaskTemplate__Output as _flyteidl2_core_TaskTemplate__Output } from './flyteidl2/core/TaskTemplate.js';
import type { TimePartition as _flyteidl2_core_TimePartition, TimePartition__Output as _flyteidl2_core_TimePartition__Output } from './flyteidl2/core/TimePartition.js';
import type { TimeTransform as _flyteidl2_core_TimeTransform, TimeTransform__Output as _flyteidl2_core_TimeTransform__Output } from './flyteidl2/core/TimeTransform.js';
import type { TimeoutStrategy as _flyteidl2_core_TimeoutStrategy, TimeoutStrategy__Output as _flyteidl2_core_TimeoutStrategy__Output } from './flyteidl2/core/TimeoutStrategy.js';
import type { TypeAnnotation as _flyteidl2_core_TypeAnnotation, TypeAnnotation__Output as _flyteidl2_core_TypeAnnotation__Output } from './flyteidl2/core/TypeAnnotation.js';
import type { TypeStructure as _flyteidl2_core_TypeStructure, TypeStructure__Output as _flyteidl2_core_TypeStructure__Output } from './flyteidl2/core/TypeStructure.js';
import type { TypedInterface as _flyteidl2_core_TypedInterface, TypedInterface__Output as _flyteidl2_core_TypedInterface__Output } from './flyteidl2/core/TypedInterface.js';
import type { Union as _flyteidl2_core_Union, Union__Output as _flyteidl2_core_Union__Output } from './flyteidl2/core/Union.js';
import type { UnionInfo as _flyteidl2_core_UnionInfo, UnionInfo__Output as _flyteidl2_core_UnionInfo__Output } from './flyteidl2/core/UnionInfo.js';
import type { UnionType as _flyteidl2_core_UnionType, UnionType__Output as _flyteidl2_core_UnionType__Output } from './flyteidl2/core/UnionType.js';
import type { Variable as _flyteidl2_core_Variable, Variable__Output as _flyteidl2_core_Variable__Output } from './flyteidl2/core/Variable.js';
import type { VariableEntry as _flyteidl2_core_VariableEntry, VariableEntry__Output as _flyteidl2_core_VariableEntry__Output } from './flyteidl2/core/VariableEntry.js';
import type { VariableMap as _flyteidl2_core_VariableMap, VariableMap__Output as _flyteidl2_core_VariableMap__Output } from './flyteidl2/core/VariableMap.js';
import type { Void as _flyteidl2_core_Void, Void__Output as _flyteidl2_core_Void__Output } from './flyteidl2/core/Void.js';
import type { WorkflowExecution as _flyteidl2_core_WorkflowExecution, WorkflowExecution__Output as _flyteidl2_core_WorkflowExecution__Output } from './flyteidl2/core/WorkflowExecution.js';
import type { WorkflowExecutionIdentifier as _flyteidl2_core_WorkflowExecutionIdentifier, WorkflowExecutionIdentifier__Output as _flyteidl2_core_WorkflowExecutionIdentifier__Output } from './flyteidl2/core/WorkflowExecutionIdentifier.js';
import type { ContainerIdentifier as _flyteidl2_logs_dataplane_ContainerIdentifier, ContainerIdentifier__Output as _flyteidl2_logs_dataplane_ContainerIdentifier__Output } from './flyteidl2/logs/dataplane/ContainerIdentifier.js';
import type { ContainerSelector as _flyteidl2_logs_dataplane_ContainerSelector, ContainerSelector__Output as _flyteidl2_logs_dataplane_ContainerSelector__Output } from './flyteidl2/logs/dataplane/ContainerSelector.js';
import type { LiveLogsOptions as _flyteidl2_logs_dataplane_LiveLogsOptions, LiveLogsOptions__Output as _flyteidl2_logs_dataplane_LiveLogsOptions__Output } from './flyteidl2/logs/dataplane/LiveLogsOptions.js';
import type { LogContainersList as _flyteidl2_logs_dataplane_LogContainersList, LogContainersList__Output as _flyteidl2_logs_dataplane_LogContainersList__Output } from './flyteidl2/logs/dataplane/LogContainersList.js';
import type { LogLine as _flyteidl2_logs_dataplane_LogLine, LogLine__Output as _flyteidl2_logs_dataplane_LogLine__Output } from './flyteidl2/logs/dataplane/LogLine.js';
import type { LogLines as _flyteidl2_logs_dataplane_LogLines, LogLines__Output as _flyteidl2_logs_dataplane_LogLines__Output } from './flyteidl2/logs/dataplane/LogLines.js';
import type { LogLinesBatch as _flyteidl2_logs_dataplane_LogLinesBatch, LogLinesBatch__Output as _flyteidl2_logs_dataplane_LogLinesBatch__Output } from './flyteidl2/logs/dataplane/LogLinesBatch.js';
import type { LoggingContext as _flyteidl2_logs_dataplane_LoggingContext, LoggingContext__Output as _flyteidl2_logs_dataplane_LoggingContext__Output } from './flyteidl2/logs/dataplane/LoggingContext.js';
import type { PodResource as _flyteidl2_logs_dataplane_PodResource, PodResource__Output as _flyteidl2_logs_dataplane_PodResource__Output } from './flyteidl2/logs/dataplane/PodResource.js';
import type { Cron as _flyteidl2_task_Cron, Cron__Output as _flyteidl2_task_Cron__Output } from './flyteidl2/task/Cron.js';
import type { FixedRate as _flyteidl2_task_FixedRate, FixedRate__Output as _flyteidl2_task_FixedRate__Output } from './flyteidl2/task/FixedRate.js';
import type { Inputs as _flyteidl2_task_Inputs, Inputs__Output as _flyteidl2_task_Inputs__Output } from './flyteidl2/task/Inputs.js';
import type { NamedLiteral as _flyteidl2_task_NamedLiteral, NamedLiteral__Output as _flyteidl2_task_NamedLiteral__Output } from './flyteidl2/task/NamedLiteral.js';
import type { NamedParameter as _flyteidl2_task_NamedParameter, NamedParameter__Output as _flyteidl2_task_NamedParameter__Output } from './flyteidl2/task/NamedParameter.js';
import type { OutputReferences as _flyteidl2_task_OutputReferences, OutputReferences__Output as _flyteidl2_task_OutputReferences__Output } from './flyteidl2/task/OutputReferences.js';
import type { Outputs as _flyteidl2_task_Outputs, Outputs__Output as _flyteidl2_task_Outputs__Output } from './flyteidl2/task/Outputs.js';
import type { Schedule as _flyteidl2_task_Schedule, Schedule__Output as _flyteidl2_task_Schedule__Output } from './flyteidl2/task/Schedule.js';
import type { TriggerAutomationSpec as _flyteidl2_task_TriggerAutomationSpec, TriggerAutomationSpec__Output as _flyteidl2_task_TriggerAutomationSpec__Output } from './flyteidl2/task/TriggerAutomationSpec.js';
import type { BoolValue as _google_protobuf_BoolValue, BoolValue__Output as _google_protobuf_BoolValue__Output } from './google/protobuf/BoolValue.js';
import type { BytesValue as _google_protobuf_BytesValue, BytesValue__Output as _google_protobuf_BytesValue__Output } from './google/protobuf/BytesValue.js';
import type { DoubleValue as _google_protobuf_DoubleValue, DoubleValue__Output as _google_protobuf_DoubleValue__Output } from './google/protobuf/DoubleValue.js';
import type { Duration as _google_protobuf_Duration, Duration__Output as _google_protobuf_Duration__Output } from './google/protobuf/Duration.js';
import type { FloatValue as _google_protobuf_FloatValue, FloatValue__Output as _google_protobuf_FloatValue__Output } from './google/protobuf/FloatValue.js';
import type { Int32Value as _google_protobuf_Int32Value, Int32Value__Output as _google_protobuf_Int32Value__Output } from './google/protobuf/Int32Value.js';
import type { Int64Value as _google_protobuf_Int64Value, Int64Value__Output as _google_protobuf_Int64Value__Output } from './google/protobuf/Int64Value.js';
import type { ListValue as _google_protobuf_ListValue, ListValue__Output as _google_protobuf_ListValue__Output } from './google/protobuf/ListValue.js';
import type { StringValue as _google_protobuf_StringValue, StringValue__Output as _google_protobuf_StringValue__Output } from './google/protobuf/StringValue.js';
import type { Struct as _google_protobuf_Struct, Struct__Output as _google_protobuf_Struct__Output } from './google/protobuf/Struct.js';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from './google/protobuf/Timestamp.js';
import type { UInt32Value as _google_protobuf_UInt32Value, UInt32Value__Output as _google_protobuf_UInt32Value__Output } from './google/protobuf/UInt32Value.js';
import type { UInt64Value as _google_protobuf_UInt64Value, UInt64Value__Output as _google_protobuf_UInt64Value__Output } from './google/protobuf/UInt64Value.js';
import type { Value as _google_protobuf_Value, Value__Output as _google_protobuf_Value__Output } from './google/protobuf/Value.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  flyteidl2: {
    common: {
      ActionAttemptIdentifier: MessageTypeDefinition<_flyteidl2_common_ActionAttemptIdentifier, _flyteidl2_common_ActionAttemptIdentifier__Output>
      ActionIdentifier: MessageTypeDefinition<_flyteidl2_common_ActionIdentifier, _flyteidl2_common_ActionIdentifier__Output>
      ApplicationIdentifier: MessageTypeDefinition<_flyteidl2_common_ApplicationIdentifier, _flyteidl2_common_ApplicationIdentifier__Output>
      ClusterConfigIdentifier: MessageTypeDefinition<_flyteidl2_common_ClusterConfigIdentifier, _flyteidl2_common_ClusterConfigIdentifier__Output>
      ClusterIdentifier: MessageTypeDefinition<_flyteidl2_common_ClusterIdentifier, _flyteidl2_common_ClusterIdentifier__Output>
      ClusterNodepoolIdentifier: MessageTypeDefinition<_flyteidl2_common_ClusterNodepoolIdentifier, _flyteidl2_common_ClusterNodepoolIdentifier__Output>
      ClusterPoolIdentifier: MessageTypeDefinition<_flyteidl2_common_ClusterPoolIdentifier, _flyteidl2_common_ClusterPoolIdentifier__Output>
      DomainIdentifier: MessageTypeDefinition<_flyteidl2_common_DomainIdentifier, _flyteidl2_common_DomainIdentifier__Output>
      Filter: MessageTypeDefinition<_flyteidl2_common_Filter, _flyteidl2_common_Filter__Output>
      ListRequest: MessageTypeDefinition<_flyteidl2_common_ListRequest, _flyteidl2_common_ListRequest__Output>
      ManagedClusterIdentifier: MessageTypeDefinition<_flyteidl2_common_ManagedClusterIdentifier, _flyteidl2_common_ManagedClusterIdentifier__Output>
      OrgIdentifier: MessageTypeDefinition<_flyteidl2_common_OrgIdentifier, _flyteidl2_common_OrgIdentifier__Output>
      PolicyIdentifier: MessageTypeDefinition<_flyteidl2_common_PolicyIdentifier, _flyteidl2_common_PolicyIdentifier__Output>
      ProjectIdentifier: MessageTypeDefinition<_flyteidl2_common_ProjectIdentifier, _flyteidl2_common_ProjectIdentifier__Output>
      RoleIdentifier: MessageTypeDefinition<_flyteidl2_common_RoleIdentifier, _flyteidl2_common_RoleIdentifier__Output>
      RunIdentifier: MessageTypeDefinition<_flyteidl2_common_RunIdentifier, _flyteidl2_common_RunIdentifier__Output>
      Sort: MessageTypeDefinition<_flyteidl2_common_Sort, _flyteidl2_common_Sort__Output>
      TriggerIdentifier: MessageTypeDefinition<_flyteidl2_common_TriggerIdentifier, _flyteidl2_common_TriggerIdentifier__Output>
      TriggerName: MessageTypeDefinition<_flyteidl2_common_TriggerName, _flyteidl2_common_TriggerName__Output>
      UserIdentifier: MessageTypeDefinition<_flyteidl2_common_UserIdentifier, _flyteidl2_common_UserIdentifier__Output>
    }
    connector: {
      AsyncConnectorService: SubtypeConstructor<typeof grpc.Client, _flyteidl2_connector_AsyncConnectorServiceClient> & { service: _flyteidl2_connector_AsyncConnectorServiceDefinition }
      Connector: MessageTypeDefinition<_flyteidl2_connector_Connector, _flyteidl2_connector_Connector__Output>
      ConnectorMetadataService: SubtypeConstructor<typeof grpc.Client, _flyteidl2_connector_ConnectorMetadataServiceClient> & { service: _flyteidl2_connector_ConnectorMetadataServiceDefinition }
      CreateRequestHeader: MessageTypeDefinition<_flyteidl2_connector_CreateRequestHeader, _flyteidl2_connector_CreateRequestHeader__Output>
      CreateTaskRequest: MessageTypeDefinition<_flyteidl2_connector_CreateTaskRequest, _flyteidl2_connector_CreateTaskRequest__Output>
      CreateTaskResponse: MessageTypeDefinition<_flyteidl2_connector_CreateTaskResponse, _flyteidl2_connector_CreateTaskResponse__Output>
      DeleteTaskRequest: MessageTypeDefinition<_flyteidl2_connector_DeleteTaskRequest, _flyteidl2_connector_DeleteTaskRequest__Output>
      DeleteTaskResponse: MessageTypeDefinition<_flyteidl2_connector_DeleteTaskResponse, _flyteidl2_connector_DeleteTaskResponse__Output>
      GetConnectorRequest: MessageTypeDefinition<_flyteidl2_connector_GetConnectorRequest, _flyteidl2_connector_GetConnectorRequest__Output>
      GetConnectorResponse: MessageTypeDefinition<_flyteidl2_connector_GetConnectorResponse, _flyteidl2_connector_GetConnectorResponse__Output>
      GetTaskLogsRequest: MessageTypeDefinition<_flyteidl2_connector_GetTaskLogsRequest, _flyteidl2_connector_GetTaskLogsRequest__Output>
      GetTaskLogsResponse: MessageTypeDefinition<_flyteidl2_connector_GetTaskLogsResponse, _flyteidl2_connector_GetTaskLogsResponse__Output>
      GetTaskLogsResponseBody: MessageTypeDefinition<_flyteidl2_connector_GetTaskLogsResponseBody, _flyteidl2_connector_GetTaskLogsResponseBody__Output>
      GetTaskLogsResponseHeader: MessageTypeDefinition<_flyteidl2_connector_GetTaskLogsResponseHeader, _flyteidl2_connector_GetTaskLogsResponseHeader__Output>
      GetTaskMetricsRequest: MessageTypeDefinition<_flyteidl2_connector_GetTaskMetricsRequest, _flyteidl2_connector_GetTaskMetricsRequest__Output>
      GetTaskMetricsResponse: MessageTypeDefinition<_flyteidl2_connector_GetTaskMetricsResponse, _flyteidl2_connector_GetTaskMetricsResponse__Output>
      GetTaskRequest: MessageTypeDefinition<_flyteidl2_connector_GetTaskRequest, _flyteidl2_connector_GetTaskRequest__Output>
      GetTaskResponse: MessageTypeDefinition<_flyteidl2_connector_GetTaskResponse, _flyteidl2_connector_GetTaskResponse__Output>
      ListConnectorsRequest: MessageTypeDefinition<_flyteidl2_connector_ListConnectorsRequest, _flyteidl2_connector_ListConnectorsRequest__Output>
      ListConnectorsResponse: MessageTypeDefinition<_flyteidl2_connector_ListConnectorsResponse, _flyteidl2_connector_ListConnectorsResponse__Output>
      Resource: MessageTypeDefinition<_flyteidl2_connector_Resource, _flyteidl2_connector_Resource__Output>
      TaskCategory: MessageTypeDefinition<_flyteidl2_connector_TaskCategory, _flyteidl2_connector_TaskCategory__Output>
      TaskExecutionMetadata: MessageTypeDefinition<_flyteidl2_connector_TaskExecutionMetadata, _flyteidl2_connector_TaskExecutionMetadata__Output>
    }
    core: {
      ArtifactBindingData: MessageTypeDefinition<_flyteidl2_core_ArtifactBindingData, _flyteidl2_core_ArtifactBindingData__Output>
      ArtifactID: MessageTypeDefinition<_flyteidl2_core_ArtifactID, _flyteidl2_core_ArtifactID__Output>
      ArtifactKey: MessageTypeDefinition<_flyteidl2_core_ArtifactKey, _flyteidl2_core_ArtifactKey__Output>
      ArtifactQuery: MessageTypeDefinition<_flyteidl2_core_ArtifactQuery, _flyteidl2_core_ArtifactQuery__Output>
      ArtifactTag: MessageTypeDefinition<_flyteidl2_core_ArtifactTag, _flyteidl2_core_ArtifactTag__Output>
      Backoff: MessageTypeDefinition<_flyteidl2_core_Backoff, _flyteidl2_core_Backoff__Output>
      Binary: MessageTypeDefinition<_flyteidl2_core_Binary, _flyteidl2_core_Binary__Output>
      Binding: MessageTypeDefinition<_flyteidl2_core_Binding, _flyteidl2_core_Binding__Output>
      BindingData: MessageTypeDefinition<_flyteidl2_core_BindingData, _flyteidl2_core_BindingData__Output>
      BindingDataCollection: MessageTypeDefinition<_flyteidl2_core_BindingDataCollection, _flyteidl2_core_BindingDataCollection__Output>
      BindingDataMap: MessageTypeDefinition<_flyteidl2_core_BindingDataMap, _flyteidl2_core_BindingDataMap__Output>
      Blob: MessageTypeDefinition<_flyteidl2_core_Blob, _flyteidl2_core_Blob__Output>
      BlobMetadata: MessageTypeDefinition<_flyteidl2_core_BlobMetadata, _flyteidl2_core_BlobMetadata__Output>
      BlobType: MessageTypeDefinition<_flyteidl2_core_BlobType, _flyteidl2_core_BlobType__Output>
      Connection: MessageTypeDefinition<_flyteidl2_core_Connection, _flyteidl2_core_Connection__Output>
      ConnectorLogContext: MessageTypeDefinition<_flyteidl2_core_ConnectorLogContext, _flyteidl2_core_ConnectorLogContext__Output>
      Container: MessageTypeDefinition<_flyteidl2_core_Container, _flyteidl2_core_Container__Output>
      ContainerContext: MessageTypeDefinition<_flyteidl2_core_ContainerContext, _flyteidl2_core_ContainerContext__Output>
      ContainerError: MessageTypeDefinition<_flyteidl2_core_ContainerError, _flyteidl2_core_ContainerError__Output>
      ContainerPort: MessageTypeDefinition<_flyteidl2_core_ContainerPort, _flyteidl2_core_ContainerPort__Output>
      DataLoadingConfig: MessageTypeDefinition<_flyteidl2_core_DataLoadingConfig, _flyteidl2_core_DataLoadingConfig__Output>
      EnumType: MessageTypeDefinition<_flyteidl2_core_EnumType, _flyteidl2_core_EnumType__Output>
      Error: MessageTypeDefinition<_flyteidl2_core_Error, _flyteidl2_core_Error__Output>
      ErrorDocument: MessageTypeDefinition<_flyteidl2_core_ErrorDocument, _flyteidl2_core_ErrorDocument__Output>
      ExecutionError: MessageTypeDefinition<_flyteidl2_core_ExecutionError, _flyteidl2_core_ExecutionError__Output>
      ExecutionMetricResult: MessageTypeDefinition<_flyteidl2_core_ExecutionMetricResult, _flyteidl2_core_ExecutionMetricResult__Output>
      ExtendedResources: MessageTypeDefinition<_flyteidl2_core_ExtendedResources, _flyteidl2_core_ExtendedResources__Output>
      GPUAccelerator: MessageTypeDefinition<_flyteidl2_core_GPUAccelerator, _flyteidl2_core_GPUAccelerator__Output>
      Granularity: EnumTypeDefinition
      IOStrategy: MessageTypeDefinition<_flyteidl2_core_IOStrategy, _flyteidl2_core_IOStrategy__Output>
      Identifier: MessageTypeDefinition<_flyteidl2_core_Identifier, _flyteidl2_core_Identifier__Output>
      Identity: MessageTypeDefinition<_flyteidl2_core_Identity, _flyteidl2_core_Identity__Output>
      InputBindingData: MessageTypeDefinition<_flyteidl2_core_InputBindingData, _flyteidl2_core_InputBindingData__Output>
      K8sObjectMetadata: MessageTypeDefinition<_flyteidl2_core_K8sObjectMetadata, _flyteidl2_core_K8sObjectMetadata__Output>
      K8sPod: MessageTypeDefinition<_flyteidl2_core_K8sPod, _flyteidl2_core_K8sPod__Output>
      KeyValuePair: MessageTypeDefinition<_flyteidl2_core_KeyValuePair, _flyteidl2_core_KeyValuePair__Output>
      LabelValue: MessageTypeDefinition<_flyteidl2_core_LabelValue, _flyteidl2_core_LabelValue__Output>
      Literal: MessageTypeDefinition<_flyteidl2_core_Literal, _flyteidl2_core_Literal__Output>
      LiteralCollection: MessageTypeDefinition<_flyteidl2_core_LiteralCollection, _flyteidl2_core_LiteralCollection__Output>
      LiteralMap: MessageTypeDefinition<_flyteidl2_core_LiteralMap, _flyteidl2_core_LiteralMap__Output>
      LiteralOffloadedMetadata: MessageTypeDefinition<_flyteidl2_core_LiteralOffloadedMetadata, _flyteidl2_core_LiteralOffloadedMetadata__Output>
      LiteralType: MessageTypeDefinition<_flyteidl2_core_LiteralType, _flyteidl2_core_LiteralType__Output>
      LogContext: MessageTypeDefinition<_flyteidl2_core_LogContext, _flyteidl2_core_LogContext__Output>
      NodeExecution: MessageTypeDefinition<_flyteidl2_core_NodeExecution, _flyteidl2_core_NodeExecution__Output>
      NodeExecutionIdentifier: MessageTypeDefinition<_flyteidl2_core_NodeExecutionIdentifier, _flyteidl2_core_NodeExecutionIdentifier__Output>
      OAuth2Client: MessageTypeDefinition<_flyteidl2_core_OAuth2Client, _flyteidl2_core_OAuth2Client__Output>
      OAuth2TokenRequest: MessageTypeDefinition<_flyteidl2_core_OAuth2TokenRequest, _flyteidl2_core_OAuth2TokenRequest__Output>
      Operator: EnumTypeDefinition
      OutputReference: MessageTypeDefinition<_flyteidl2_core_OutputReference, _flyteidl2_core_OutputReference__Output>
      Parameter: MessageTypeDefinition<_flyteidl2_core_Parameter, _flyteidl2_core_Parameter__Output>
      ParameterMap: MessageTypeDefinition<_flyteidl2_core_ParameterMap, _flyteidl2_core_ParameterMap__Output>
      Partitions: MessageTypeDefinition<_flyteidl2_core_Partitions, _flyteidl2_core_Partitions__Output>
      PodLogContext: MessageTypeDefinition<_flyteidl2_core_PodLogContext, _flyteidl2_core_PodLogContext__Output>
      Primitive: MessageTypeDefinition<_flyteidl2_core_Primitive, _flyteidl2_core_Primitive__Output>
      PromiseAttribute: MessageTypeDefinition<_flyteidl2_core_PromiseAttribute, _flyteidl2_core_PromiseAttribute__Output>
      QualityOfService: MessageTypeDefinition<_flyteidl2_core_QualityOfService, _flyteidl2_core_QualityOfService__Output>
      QualityOfServiceSpec: MessageTypeDefinition<_flyteidl2_core_QualityOfServiceSpec, _flyteidl2_core_QualityOfServiceSpec__Output>
      ResourceType: EnumTypeDefinition
      Resources: MessageTypeDefinition<_flyteidl2_core_Resources, _flyteidl2_core_Resources__Output>
      RetryStrategy: MessageTypeDefinition<_flyteidl2_core_RetryStrategy, _flyteidl2_core_RetryStrategy__Output>
      RuntimeBinding: MessageTypeDefinition<_flyteidl2_core_RuntimeBinding, _flyteidl2_core_RuntimeBinding__Output>
      RuntimeMetadata: MessageTypeDefinition<_flyteidl2_core_RuntimeMetadata, _flyteidl2_core_RuntimeMetadata__Output>
      Scalar: MessageTypeDefinition<_flyteidl2_core_Scalar, _flyteidl2_core_Scalar__Output>
      Schema: MessageTypeDefinition<_flyteidl2_core_Schema, _flyteidl2_core_Schema__Output>
      SchemaType: MessageTypeDefinition<_flyteidl2_core_SchemaType, _flyteidl2_core_SchemaType__Output>
      Secret: MessageTypeDefinition<_flyteidl2_core_Secret, _flyteidl2_core_Secret__Output>
      SecurityContext: MessageTypeDefinition<_flyteidl2_core_SecurityContext, _flyteidl2_core_SecurityContext__Output>
      SharedMemory: MessageTypeDefinition<_flyteidl2_core_SharedMemory, _flyteidl2_core_SharedMemory__Output>
      SignalIdentifier: MessageTypeDefinition<_flyteidl2_core_SignalIdentifier, _flyteidl2_core_SignalIdentifier__Output>
      SimpleType: EnumTypeDefinition
      Sql: MessageTypeDefinition<_flyteidl2_core_Sql, _flyteidl2_core_Sql__Output>
      StructuredDataset: MessageTypeDefinition<_flyteidl2_core_StructuredDataset, _flyteidl2_core_StructuredDataset__Output>
      StructuredDatasetMetadata: MessageTypeDefinition<_flyteidl2_core_StructuredDatasetMetadata, _flyteidl2_core_StructuredDatasetMetadata__Output>
      StructuredDatasetType: MessageTypeDefinition<_flyteidl2_core_StructuredDatasetType, _flyteidl2_core_StructuredDatasetType__Output>
      TaskExecution: MessageTypeDefinition<_flyteidl2_core_TaskExecution, _flyteidl2_core_TaskExecution__Output>
      TaskExecutionIdentifier: MessageTypeDefinition<_flyteidl2_core_TaskExecutionIdentifier, _flyteidl2_core_TaskExecutionIdentifier__Output>
      TaskLog: MessageTypeDefinition<_flyteidl2_core_TaskLog, _flyteidl2_core_TaskLog__Output>
      TaskMetadata: MessageTypeDefinition<_flyteidl2_core_TaskMetadata, _flyteidl2_core_TaskMetadata__Output>
      TaskTemplate: MessageTypeDefinition<_flyteidl2_core_TaskTemplate, _flyteidl2_core_TaskTemplate__Output>
      TimePartition: MessageTypeDefinition<_flyteidl2_core_TimePartition, _flyteidl2_core_TimePartition__Output>
      TimeTransform: MessageTypeDefinition<_flyteidl2_core_TimeTransform, _flyteidl2_core_TimeTransform__Output>
      TimeoutStrategy: MessageTypeDefinition<_flyteidl2_core_TimeoutStrategy, _flyteidl2_core_TimeoutStrategy__Output>
      TypeAnnotation: MessageTypeDefinition<_flyteidl2_core_TypeAnnotation, _flyteidl2_core_TypeAnnotation__Output>
      TypeStructure: MessageTypeDefinition<_flyteidl2_core_TypeStructure, _flyteidl2_core_TypeStructure__Output>
      TypedInterface: MessageTypeDefinition<_flyteidl2_core_TypedInterface, _flyteidl2_core_TypedInterface__Output>
      Union: MessageTypeDefinition<_flyteidl2_core_Union, _flyteidl2_core_Union__Output>
      UnionInfo: MessageTypeDefinition<_flyteidl2_core_UnionInfo, _flyteidl2_core_UnionInfo__Output>
      UnionType: MessageTypeDefinition<_flyteidl2_core_UnionType, _flyteidl2_core_UnionType__Output>
      Variable: MessageTypeDefinition<_flyteidl2_core_Variable, _flyteidl2_core_Variable__Output>
      VariableEntry: MessageTypeDefinition<_flyteidl2_core_VariableEntry, _flyteidl2_core_VariableEntry__Output>
      VariableMap: MessageTypeDefinition<_flyteidl2_core_VariableMap, _flyteidl2_core_VariableMap__Output>
      Void: MessageTypeDefinition<_flyteidl2_core_Void, _flyteidl2_core_Void__Output>
      WorkflowExecution: MessageTypeDefinition<_flyteidl2_core_WorkflowExecution, _flyteidl2_core_WorkflowExecution__Output>
      WorkflowExecutionIdentifier: MessageTypeDefinition<_flyteidl2_core_WorkflowExecutionIdentifier, _flyteidl2_core_WorkflowExecutionIdentifier__Output>
    }
    logs: {
      dataplane: {
        ContainerIdentifier: MessageTypeDefinition<_flyteidl2_logs_dataplane_ContainerIdentifier, _flyteidl2_logs_dataplane_ContainerIdentifier__Output>
        ContainerSelector: MessageTypeDefinition<_flyteidl2_logs_dataplane_ContainerSelector, _flyteidl2_logs_dataplane_ContainerSelector__Output>
        LiveLogsOptions: MessageTypeDefinition<_flyteidl2_logs_dataplane_LiveLogsOptions, _flyteidl2_logs_dataplane_LiveLogsOptions__Output>
        LogContainersList: MessageTypeDefinition<_flyteidl2_logs_dataplane_LogContainersList, _flyteidl2_logs_dataplane_LogContainersList__Output>
        LogLine: MessageTypeDefinition<_flyteidl2_logs_dataplane_LogLine, _flyteidl2_logs_dataplane_LogLine__Output>
        LogLineOriginator: EnumTypeDefinition
        LogLines: MessageTypeDefinition<_flyteidl2_logs_dataplane_LogLines, _flyteidl2_logs_dataplane_LogLines__Output>
        LogLinesBatch: MessageTypeDefinition<_flyteidl2_logs_dataplane_LogLinesBatch, _flyteidl2_logs_dataplane_LogLinesBatch__Output>
        LoggingContext: MessageTypeDefinition<_flyteidl2_logs_dataplane_LoggingContext, _flyteidl2_logs_dataplane_LoggingContext__Output>
        LogsSource: EnumTypeDefinition
        PodResource: MessageTypeDefinition<_flyteidl2_logs_dataplane_PodResource, _flyteidl2_logs_dataplane_PodResource__Output>
      }
    }
    task: {
      Cron: MessageTypeDefinition<_flyteidl2_task_Cron, _flyteidl2_task_Cron__Output>
      FixedRate: MessageTypeDefinition<_flyteidl2_task_FixedRate, _flyteidl2_task_FixedRate__Output>
      FixedRateUnit: EnumTypeDefinition
      Inputs: MessageTypeDefinition<_flyteidl2_task_Inputs, _flyteidl2_task_Inputs__Output>
      NamedLiteral: MessageTypeDefinition<_flyteidl2_task_NamedLiteral, _flyteidl2_task_NamedLiteral__Output>
      NamedParameter: MessageTypeDefinition<_flyteidl2_task_NamedParameter, _flyteidl2_task_NamedParameter__Output>
      OutputReferences: MessageTypeDefinition<_flyteidl2_task_OutputReferences, _flyteidl2_task_OutputReferences__Output>
      Outputs: MessageTypeDefinition<_flyteidl2_task_Outputs, _flyteidl2_task_Outputs__Output>
      Schedule: MessageTypeDefinition<_flyteidl2_task_Schedule, _flyteidl2_task_Schedule__Output>
      TriggerAutomationSpec: MessageTypeDefinition<_flyteidl2_task_TriggerAutomationSpec, _flyteidl2_task_TriggerAutomationSpec__Output>
      TriggerAutomationSpecType: EnumTypeDefinition
    }
  }
  google: {
    protobuf: {
      BoolValue: MessageTypeDefinition<_google_protobuf_BoolValue, _google_protobuf_BoolValue__Output>
      BytesValue: MessageTypeDefinition<_google_protobuf_BytesValue, _google_protobuf_BytesValue__Output>
      DoubleValue: MessageTypeDefinition<_google_protobuf_DoubleValue, _google_protobuf_DoubleValue__Output>
      Duration: MessageTypeDefinition<_google_protobuf_Duration, _google_protobuf_Duration__Output>
      FloatValue: MessageTypeDefinition<_google_protobuf_FloatValue, _google_protobuf_FloatValue__Output>
      Int32Value: MessageTypeDefinition<_google_protobuf_Int32Value, _google_protobuf_Int32Value__Output>
      Int64Value: MessageTypeDefinition<_google_protobuf_Int64Value, _google_protobuf_Int64Value__Output>
      ListValue: MessageTypeDefinition<_google_protobuf_ListValue, _google_protobuf_ListValue__Output>
      NullValue: EnumTypeDefinition
      StringValue: MessageTypeDefinition<_google_protobuf_StringValue, _google_protobuf_StringValue__Output>
      Struct: MessageTypeDefinition<_google_protobuf_Struct, _google_protobuf_Struct__Output>
      Timestamp: MessageTypeDefinition<_google_protobuf_Timestamp, _google_protobuf_Timestamp__Output>
      UInt32Value: MessageTypeDefinition<_google_protobuf_UInt32Value, _google_protobuf_UInt32Value__Output>
      UInt64Value: MessageTypeDefinition<_google_protobuf_UInt64Value, _google_protobuf_UInt64Value__Output>
      Value: MessageTypeDefinition<_google_protobuf_Value, _google_protobuf_Value__Output>
    }
  }
}

