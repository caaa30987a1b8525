import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { Agent as _flyteidl_admin_Agent, Agent__Output as _flyteidl_admin_Agent__Output } from './flyteidl/admin/Agent.js';
import type { AgentError as _flyteidl_admin_AgentError, AgentError__Output as _flyteidl_admin_AgentError__Output } from './flyteidl/admin/AgentError.js';
import type { CreateRequestHeader as _flyteidl_admin_CreateRequestHeader, CreateRequestHeader__Output as _flyteidl_admin_CreateRequestHeader__Output } from './flyteidl/admin/CreateRequestHeader.js';
import type { CreateTaskRequest as _flyteidl_admin_CreateTaskRequest, CreateTaskRequest__Output as _flyteidl_admin_CreateTaskRequest__Output } from './flyteidl/admin/CreateTaskRequest.js';
import type { CreateTaskResponse as _flyteidl_admin_CreateTaskResponse, CreateTaskResponse__Output as _flyteidl_admin_CreateTaskResponse__Output } from './flyteidl/admin/CreateTaskResponse.js';
import type { DeleteTaskRequest as _flyteidl_admin_DeleteTaskRequest, DeleteTaskRequest__Output as _flyteidl_admin_DeleteTaskRequest__Output } from './flyteidl/admin/DeleteTaskRequest.js';
import type { DeleteTaskResponse as _flyteidl_admin_DeleteTaskResponse, DeleteTaskResponse__Output as _flyteidl_admin_DeleteTaskResponse__Output } from './flyteidl/admin/DeleteTaskResponse.js';
import type { ExecuteTaskSyncRequest as _flyteidl_admin_ExecuteTaskSyncRequest, ExecuteTaskSyncRequest__Output as _flyteidl_admin_ExecuteTaskSyncRequest__Output } from './flyteidl/admin/ExecuteTaskSyncRequest.js';
import type { ExecuteTaskSyncResponse as _flyteidl_admin_ExecuteTaskSyncResponse, ExecuteTaskSyncResponse__Output as _flyteidl_admin_ExecuteTaskSyncResponse__Output } from './flyteidl/admin/ExecuteTaskSyncResponse.js';
import type { ExecuteTaskSyncResponseHeader as _flyteidl_admin_ExecuteTaskSyncResponseHeader, ExecuteTaskSyncResponseHeader__Output as _flyteidl_admin_ExecuteTaskSyncResponseHeader__Output } from './flyteidl/admin/ExecuteTaskSyncResponseHeader.js';
import type { GetAgentRequest as _flyteidl_admin_GetAgentRequest, GetAgentRequest__Output as _flyteidl_admin_GetAgentRequest__Output } from './flyteidl/admin/GetAgentRequest.js';
import type { GetAgentResponse as _flyteidl_admin_GetAgentResponse, GetAgentResponse__Output as _flyteidl_admin_GetAgentResponse__Output } from './flyteidl/admin/GetAgentResponse.js';
import type { GetTaskLogsRequest as _flyteidl_admin_GetTaskLogsRequest, GetTaskLogsRequest__Output as _flyteidl_admin_GetTaskLogsRequest__Output } from './flyteidl/admin/GetTaskLogsRequest.js';
import type { GetTaskLogsResponse as _flyteidl_admin_GetTaskLogsResponse, GetTaskLogsResponse__Output as _flyteidl_admin_GetTaskLogsResponse__Output } from './flyteidl/admin/GetTaskLogsResponse.js';
import type { GetTaskLogsResponseBody as _flyteidl_admin_GetTaskLogsResponseBody, GetTaskLogsResponseBody__Output as _flyteidl_admin_GetTaskLogsResponseBody__Output } from './flyteidl/admin/GetTaskLogsResponseBody.js';
import type { GetTaskLogsResponseHeader as _flyteidl_admin_GetTaskLogsResponseHeader, GetTaskLogsResponseHeader__Output as _flyteidl_admin_GetTaskLogsResponseHeader__Output } from './flyteidl/admin/GetTaskLogsResponseHeader.js';
import type { GetTaskMetricsRequest as _flyteidl_admin_GetTaskMetricsRequest, GetTaskMetricsRequest__Output as _flyteidl_admin_GetTaskMetricsRequest__Output } from './flyteidl/admin/GetTaskMetricsRequest.js';
import type { GetTaskMetricsResponse as _flyteidl_admin_GetTaskMetricsResponse, GetTaskMetricsResponse__Output as _flyteidl_admin_GetTaskMetricsResponse__Output } from './flyteidl/admin/GetTaskMetricsResponse.js';
import type { GetTaskRequest as _flyteidl_admin_GetTaskRequest, GetTaskRequest__Output as _flyteidl_admin_GetTaskRequest__Output } from './flyteidl/admin/GetTaskRequest.js';
import type { GetTaskResponse as _flyteidl_admin_GetTaskResponse, GetTaskResponse__Output as _flyteidl_admin_GetTaskResponse__Output } from './flyteidl/admin/GetTaskResponse.js';
import type { ListAgentsRequest as _flyteidl_admin_ListAgentsRequest, ListAgentsRequest__Output as _flyteidl_admin_ListAgentsRequest__Output } from './flyteidl/admin/ListAgentsRequest.js';
import type { ListAgentsResponse as _flyteidl_admin_ListAgentsResponse, ListAgentsResponse__Output as _flyteidl_admin_ListAgentsResponse__Output } from './flyteidl/admin/ListAgentsResponse.js';
import type { LogLine as _flyteidl_admin_LogLine, LogLine__Output as _flyteidl_admin_LogLine__Output } from './flyteidl/admin/LogLine.js';
import type { Resource as _flyteidl_admin_Resource, Resource__Output as _flyteidl_admin_Resource__Output } from './flyteidl/admin/Resource.js';
import type { TaskCategory as _flyteidl_admin_TaskCategory, TaskCategory__Output as _flyteidl_admin_TaskCategory__Output } from './flyteidl/admin/TaskCategory.js';
import type { TaskExecutionMetadata as _flyteidl_admin_TaskExecutionMetadata, TaskExecutionMetadata__Output as _flyteidl_admin_TaskExecutionMetadata__Output } from './flyteidl/admin/TaskExecutionMetadata.js';
import type { Alias as _flyteidl_core_Alias, Alias__Output as _flyteidl_core_Alias__Output } from './flyteidl/core/Alias.js';
import type { ApproveCondition as _flyteidl_core_ApproveCondition, ApproveCondition__Output as _flyteidl_core_ApproveCondition__Output } from './flyteidl/core/ApproveCondition.js';
import type { ArrayNode as _flyteidl_core_ArrayNode, ArrayNode__Output as _flyteidl_core_ArrayNode__Output } from './flyteidl/core/ArrayNode.js';
import type { ArtifactBindingData as _flyteidl_core_ArtifactBindingData, ArtifactBindingData__Output as _flyteidl_core_ArtifactBindingData__Output } from './flyteidl/core/ArtifactBindingData.js';
import type { ArtifactID as _flyteidl_core_ArtifactID, ArtifactID__Output as _flyteidl_core_ArtifactID__Output } from './flyteidl/core/ArtifactID.js';
import type { ArtifactKey as _flyteidl_core_ArtifactKey, ArtifactKey__Output as _flyteidl_core_ArtifactKey__Output } from './flyteidl/core/ArtifactKey.js';
import type { ArtifactQuery as _flyteidl_core_ArtifactQuery, ArtifactQuery__Output as _flyteidl_core_ArtifactQuery__Output } from './flyteidl/core/ArtifactQuery.js';
import type { ArtifactTag as _flyteidl_core_ArtifactTag, ArtifactTag__Output as _flyteidl_core_ArtifactTag__Output } from './flyteidl/core/ArtifactTag.js';
import type { Binary as _flyteidl_core_Binary, Binary__Output as _flyteidl_core_Binary__Output } from './flyteidl/core/Binary.js';
import type { Binding as _flyteidl_core_Binding, Binding__Output as _flyteidl_core_Binding__Output } from './flyteidl/core/Binding.js';
import type { BindingData as _flyteidl_core_BindingData, BindingData__Output as _flyteidl_core_BindingData__Output } from './flyteidl/core/BindingData.js';
import type { BindingDataCollection as _flyteidl_core_BindingDataCollection, BindingDataCollection__Output as _flyteidl_core_BindingDataCollection__Output } from './flyteidl/core/BindingDataCollection.js';
import type { BindingDataMap as _flyteidl_core_BindingDataMap, BindingDataMap__Output as _flyteidl_core_BindingDataMap__Output } from './flyteidl/core/BindingDataMap.js';
import type { Blob as _flyteidl_core_Blob, Blob__Output as _flyteidl_core_Blob__Output } from './flyteidl/core/Blob.js';
import type { BlobMetadata as _flyteidl_core_BlobMetadata, BlobMetadata__Output as _flyteidl_core_BlobMetadata__Output } from './flyteidl/core/BlobMetadata.js';
import type { BlobType as _flyteidl_core_BlobType, BlobType__Output as _flyteidl_core_BlobType__Output } from './flyteidl/core/BlobType.js';
import type { BooleanExpression as _flyteidl_core_BooleanExpression, BooleanExpression__Output as _flyteidl_core_BooleanExpression__Output } from './flyteidl/core/BooleanExpression.js';
import type { BranchNode as _flyteidl_core_BranchNode, BranchNode__Output as _flyteidl_core_BranchNode__Output } from './flyteidl/core/BranchNode.js';
import type { ComparisonExpression as _flyteidl_core_ComparisonExpression, ComparisonExpression__Output as _flyteidl_core_ComparisonExpression__Output } from './flyteidl/core/ComparisonExpression.js';
import type { ConjunctionExpression as _flyteidl_core_ConjunctionExpression, ConjunctionExpression__Output as _flyteidl_core_ConjunctionExpression__Output } from './flyteidl/core/ConjunctionExpression.js';
import type { Container as _flyteidl_core_Container, Container__Output as _flyteidl_core_Container__Output } from './flyteidl/core/Container.js';
import type { ContainerContext as _flyteidl_core_ContainerContext, ContainerContext__Output as _flyteidl_core_ContainerContext__Output } from './flyteidl/core/ContainerContext.js';
import type { ContainerPort as _flyteidl_core_ContainerPort, ContainerPort__Output as _flyteidl_core_ContainerPort__Output } from './flyteidl/core/ContainerPort.js';
import type { DataLoadingConfig as _flyteidl_core_DataLoadingConfig, DataLoadingConfig__Output as _flyteidl_core_DataLoadingConfig__Output } from './flyteidl/core/DataLoadingConfig.js';
import type { EnumType as _flyteidl_core_EnumType, EnumType__Output as _flyteidl_core_EnumType__Output } from './flyteidl/core/EnumType.js';
import type { Error as _flyteidl_core_Error, Error__Output as _flyteidl_core_Error__Output } from './flyteidl/core/Error.js';
import type { ExecutionError as _flyteidl_core_ExecutionError, ExecutionError__Output as _flyteidl_core_ExecutionError__Output } from './flyteidl/core/ExecutionError.js';
import type { ExecutionMetricResult as _flyteidl_core_ExecutionMetricResult, ExecutionMetricResult__Output as _flyteidl_core_ExecutionMetricResult__Output } from './flyteidl/core/ExecutionMetricResult.js';
import type { ExtendedResources as _flyteidl_core_ExtendedResources, ExtendedResources__Output as _flyteidl_core_ExtendedResources__Output } from './flyteidl/core/ExtendedResources.js';
import type { GPUAccelerator as _flyteidl_core_GPUAccelerator, GPUAccelerator__Output as _flyteidl_core_GPUAccelerator__Output } from './flyteidl/core/GPUAccelerator.js';
import type { GateNode as _flyteidl_core_GateNode, GateNode__Output as _flyteidl_core_GateNode__Output } from './flyteidl/core/GateNode.js';
import type { IOStrategy as _flyteidl_core_IOStrategy, IOStrategy__Output as _flyteidl_core_IOStrategy__Output } from './flyteidl/core/IOStrategy.js';
import type { Identifier as _flyteidl_core_Identifier, Identifier__Output as _flyteidl_core_Identifier__Output } from './flyteidl/core/Identifier.js';
import type { Identity as _flyteidl_core_Identity, Identity__Output as _flyteidl_core_Identity__Output } from './flyteidl/core/Identity.js';
import type { IfBlock as _flyteidl_core_IfBlock, IfBlock__Output as _flyteidl_core_IfBlock__Output } from './flyteidl/core/IfBlock.js';
import type { IfElseBlock as _flyteidl_core_IfElseBlock, IfElseBlock__Output as _flyteidl_core_IfElseBlock__Output } from './flyteidl/core/IfElseBlock.js';
import type { InputBindingData as _flyteidl_core_InputBindingData, InputBindingData__Output as _flyteidl_core_InputBindingData__Output } from './flyteidl/core/InputBindingData.js';
import type { K8sObjectMetadata as _flyteidl_core_K8sObjectMetadata, K8sObjectMetadata__Output as _flyteidl_core_K8sObjectMetadata__Output } from './flyteidl/core/K8sObjectMetadata.js';
import type { K8sPod as _flyteidl_core_K8sPod, K8sPod__Output as _flyteidl_core_K8sPod__Output } from './flyteidl/core/K8sPod.js';
import type { KeyValuePair as _flyteidl_core_KeyValuePair, KeyValuePair__Output as _flyteidl_core_KeyValuePair__Output } from './flyteidl/core/KeyValuePair.js';
import type { LabelValue as _flyteidl_core_LabelValue, LabelValue__Output as _flyteidl_core_LabelValue__Output } from './flyteidl/core/LabelValue.js';
import type { LaunchPlanTemplate as _flyteidl_core_LaunchPlanTemplate, LaunchPlanTemplate__Output as _flyteidl_core_LaunchPlanTemplate__Output } from './flyteidl/core/LaunchPlanTemplate.js';
import type { Literal as _flyteidl_core_Literal, Literal__Output as _flyteidl_core_Literal__Output } from './flyteidl/core/Literal.js';
import type { LiteralCollection as _flyteidl_core_LiteralCollection, LiteralCollection__Output as _flyteidl_core_LiteralCollection__Output } from './flyteidl/core/LiteralCollection.js';
import type { LiteralMap as _flyteidl_core_LiteralMap, LiteralMap__Output as _flyteidl_core_LiteralMap__Output } from './flyteidl/core/LiteralMap.js';
import type { LiteralOffloadedMetadata as _flyteidl_core_LiteralOffloadedMetadata, LiteralOffloadedMetadata__Output as _flyteidl_core_LiteralOffloadedMetadata__Output } from './flyteidl/core/LiteralOffloadedMetadata.js';
import type { LiteralType as _flyteidl_core_LiteralType, LiteralType__Output as _flyteidl_core_LiteralType__Output } from './flyteidl/core/LiteralType.js';
import type { LogContext as _flyteidl_core_LogContext, LogContext__Output as _flyteidl_core_LogContext__Output } from './flyteidl/core/LogContext.js';
import type { Node as _flyteidl_core_Node, Node__Output as _flyteidl_core_Node__Output } from './flyteidl/core/Node.js';
import type { NodeExecution as _flyteidl_core_NodeExecution, NodeExecution__Output as _flyteidl_core_NodeExecution__Output } from './flyteidl/core/NodeExecution.js';
import type { NodeExecutionIdentifier as _flyteidl_core_NodeExecutionIdentifier, NodeExecutionIdentifier__Output as _flyteidl_core_NodeExecutionIdentifier__Output } from './flyteidl/core/NodeExecutionIdentifier.js';
import type { NodeMetadata as _flyteidl_core_NodeMetadata, NodeMetadata__Output as _flyteidl_core_NodeMetadata__Output } from './flyteidl/core/NodeMetadata.js';
import type { OAuth2Client as _flyteidl_core_OAuth2Client, OAuth2Client__Output as _flyteidl_core_OAuth2Client__Output } from './flyteidl/core/OAuth2Client.js';
import type { OAuth2TokenRequest as _flyteidl_core_OAuth2TokenRequest, OAuth2TokenRequest__Output as _flyteidl_core_OAuth2TokenRequest__Output } from './flyteidl/core/OAuth2TokenRequest.js';
import type { Operand as _flyteidl_core_Operand, Operand__Output as _flyteidl_core_Operand__Output } from './flyteidl/core/Operand.js';
import type { OutputReference as _flyteidl_core_OutputReference, OutputReference__Output as _flyteidl_core_OutputReference__Output } from './flyteidl/core/OutputReference.js';
import type { Parameter as _flyteidl_core_Parameter, Parameter__Output as _flyteidl_core_Parameter__Output } from './flyteidl/core/Parameter.js';
import type { ParameterMap as _flyteidl_core_ParameterMap, ParameterMap__Output as _flyteidl_core_ParameterMap__Output } from './flyteidl/core/ParameterMap.js';
import type { Partitions as _flyteidl_core_Partitions, Partitions__Output as _flyteidl_core_Partitions__Output } from './flyteidl/core/Partitions.js';
import type { PodLogContext as _flyteidl_core_PodLogContext, PodLogContext__Output as _flyteidl_core_PodLogContext__Output } from './flyteidl/core/PodLogContext.js';
import type { Primitive as _flyteidl_core_Primitive, Primitive__Output as _flyteidl_core_Primitive__Output } from './flyteidl/core/Primitive.js';
import type { PromiseAttribute as _flyteidl_core_PromiseAttribute, PromiseAttribute__Output as _flyteidl_core_PromiseAttribute__Output } from './flyteidl/core/PromiseAttribute.js';
import type { QualityOfService as _flyteidl_core_QualityOfService, QualityOfService__Output as _flyteidl_core_QualityOfService__Output } from './flyteidl/core/QualityOfService.js';
import type { QualityOfServiceSpec as _flyteidl_core_QualityOfServiceSpec, QualityOfServiceSpec__Output as _flyteidl_core_QualityOfServiceSpec__Output } from './flyteidl/core/QualityOfServiceSpec.js';
import type { Resources as _flyteidl_core_Resources, Resources__Output as _flyteidl_core_Resources__Output } from './flyteidl/core/Resources.js';
import type { RetryStrategy as _flyteidl_core_RetryStrategy, RetryStrategy__Output as _flyteidl_core_RetryStrategy__Output } from './flyteidl/core/RetryStrategy.js';
import type { RuntimeBinding as _flyteidl_core_RuntimeBinding, RuntimeBinding__Output as _flyteidl_core_RuntimeBinding__Output } from './flyteidl/core/RuntimeBinding.js';
import type { RuntimeMetadata as _flyteidl_core_RuntimeMetadata, RuntimeMetadata__Output as _flyteidl_core_RuntimeMetadata__Output } from './flyteidl/core/RuntimeMetadata.js';
import type { Scalar as _flyteidl_core_Scalar, Scalar__Output as _flyteidl_core_Scalar__Output } from './flyteidl/core/Scalar.js';
import type { Schema as _flyteidl_core_Schema, Schema__Output as _flyteidl_core_Schema__Output } from './flyteidl/core/Schema.js';
import type { SchemaType as _flyteidl_core_SchemaType, SchemaType__Output as _flyteidl_core_SchemaType__Output } from './flyteidl/core/SchemaType.js';
import type { Secret as _flyteidl_core_Secret, Secret__Output as _flyteidl_core_Secret__Output } from './flyteidl/core/Secret.js';
import type { SecurityContext as _flyteidl_core_SecurityContext, SecurityContext__Output as _flyteidl_core_SecurityContext__Output } from './flyteidl/core/SecurityContext.js';
import type { SharedMemory as _flyteidl_core_SharedMemory, SharedMemory__Output as _flyteidl_core_SharedMemory__Output } from './flyteidl/core/SharedMemory.js';
import type { SignalCondition as _flyteidl_core_SignalCondition, SignalCondition__Output as _flyteidl_core_SignalCondition__Output } from './flyteidl/core/SignalCondition.js';
import type { SignalIdentifier as _flyteidl_core_SignalIdentifier, SignalIdentifier__Output as _flyteidl_core_SignalIdentifier__Output } from './flyteidl/core/SignalIdentifier.js';
import type { SleepCondition as _flyteidl_core_SleepCondition, SleepCondition__Output as _flyteidl_core_SleepCondition__Output } from './flyteidl/core/SleepCondition.js';
import type { Span as _flyteidl_core_Span, Span__Output as _flyteidl_core_Span__Output } from './flyteidl/core/Span.js';
import type { Sql as _flyteidl_core_Sql, Sql__Output as _flyteidl_core_Sql__Output } from './flyteidl/core/Sql.js';
import type { StructuredDataset as _flyteidl_core_StructuredDataset, StructuredDataset__Output as _flyteidl_core_StructuredDataset__Output } from './flyteidl/core/StructuredDataset.js';
import type { StructuredDatasetMetadata as _flyteidl_core_StructuredDatasetMetadata, StructuredDatasetMetadata__Output as _flyteidl_core_StructuredDatasetMetadata__Output } from './flyteidl/core/StructuredDatasetMetadata.js';
import type { StructuredDatasetType as _flyteidl_core_StructuredDatasetType, StructuredDatasetType__Output as _flyteidl_core_StructuredDatasetType__Output } from './flyteidl/core/StructuredDatasetType.js';
import type { TaskExecution as _flyteidl_core_TaskExecution, TaskExecution__Output as _flyteidl_core_TaskExecution__Output } from './flyteidl/core/TaskExecution.js';
import type { TaskExecutionIdentifier as _flyteidl_core_TaskExecutionIdentifier, TaskExecutionIdentifier__Output as _flyteidl_core_TaskExecutionIdentifier__Output } from './flyteidl/core/TaskExecutionIdentifier.js';
import type { TaskLog as _flyteidl_core_TaskLog, TaskLog__Output as _flyteidl_core_TaskLog__Output } from './flyteidl/core/TaskLog.js';
import type { TaskMetadata as _flyteidl_core_TaskMetadata, TaskMetadata__Output as _flyteidl_core_TaskMetadata__Output } from './flyteidl/core/TaskMetadata.js';
import type { TaskNode as _flyteidl_core_TaskNode, TaskNode__Output as _flyteidl_core_TaskNode__Output } from './flyteidl/core/TaskNode.js';
import type { TaskNodeOverrides as _flyteidl_core_TaskNodeOverrides, TaskNodeOverrides__Output as _flyteidl_core_TaskNodeOverrides__Output } from './flyteidl/core/TaskNodeOverrides.js';
import type { TaskTemplate as _flyteidl_core_TaskTemplate, TaskTemplate__Output as _flyteidl_core_TaskTemplate__Output } from './flyteidl/core/TaskTemplate.js';
import type { TimePartition as _flyteidl_core_TimePartition, TimePartition__Output as _flyteidl_core_TimePartition__Output } from './flyteidl/core/TimePartition.js';
import type { TimeTransform as _flyteidl_core_TimeTransform, TimeTransform__Output as _flyteidl_core_TimeTransform__Output } from './flyteidl/core/TimeTransform.js';
import type { TypeAnnotation as _flyteidl_core_TypeAnnotation, TypeAnnotation__Output as _flyteidl_core_TypeAnnotation__Output } from './flyteidl/core/TypeAnnotation.js';
import type { TypeStructure as _flyteidl_core_TypeStructure, TypeStructure__Output as _flyteidl_core_TypeStructure__Output } from './flyteidl/core/TypeStructure.js';
import type { TypedInterface as _flyteidl_core_TypedInterface, TypedInterface__Output as _flyteidl_core_TypedInterface__Output } from './flyteidl/core/TypedInterface.js';
import type { Union as _flyteidl_core_Union, Union__Output as _flyteidl_core_Union__Output } from './flyteidl/core/Union.js';
import type { UnionInfo as _flyteidl_core_UnionInfo, UnionInfo__Output as _flyteidl_core_UnionInfo__Output } from './flyteidl/core/UnionInfo.js';
import type { UnionType as _flyteidl_core_UnionType, UnionType__Output as _flyteidl_core_UnionType__Output } from './flyteidl/core/UnionType.js';
import type { Variable as _flyteidl_core_Variable, Variable__Output as _flyteidl_core_Variable__Output } from './flyteidl/core/Variable.js';
import type { VariableMap as _flyteidl_core_VariableMap, VariableMap__Output as _flyteidl_core_VariableMap__Output } from './flyteidl/core/VariableMap.js';
import type { Void as _flyteidl_core_Void, Void__Output as _flyteidl_core_Void__Output } from './flyteidl/core/Void.js';
import type { WorkflowExecution as _flyteidl_core_WorkflowExecution, WorkflowExecution__Output as _flyteidl_core_WorkflowExecution__Output } from './flyteidl/core/WorkflowExecution.js';
import type { WorkflowExecutionIdentifier as _flyteidl_core_WorkflowExecutionIdentifier, WorkflowExecutionIdentifier__Output as _flyteidl_core_WorkflowExecutionIdentifier__Output } from './flyteidl/core/WorkflowExecutionIdentifier.js';
import type { WorkflowMetadata as _flyteidl_core_WorkflowMetadata, WorkflowMetadata__Output as _flyteidl_core_WorkflowMetadata__Output } from './flyteidl/core/WorkflowMetadata.js';
import type { WorkflowMetadataDefaults as _flyteidl_core_WorkflowMetadataDefaults, WorkflowMetadataDefaults__Output as _flyteidl_core_WorkflowMetadataDefaults__Output } from './flyteidl/core/WorkflowMetadataDefaults.js';
import type { WorkflowNode as _flyteidl_core_WorkflowNode, WorkflowNode__Output as _flyteidl_core_WorkflowNode__Output } from './flyteidl/core/WorkflowNode.js';
import type { WorkflowTemplate as _flyteidl_core_WorkflowTemplate, WorkflowTemplate__Output as _flyteidl_core_WorkflowTemplate__Output } from './flyteidl/core/WorkflowTemplate.js';
import type { AgentMetadataServiceClient as _flyteidl_service_AgentMetadataServiceClient, AgentMetadataServiceDefinition as _flyteidl_service_AgentMetadataServiceDefinition } from './flyteidl/service/AgentMetadataService.js';
import type { AsyncAgentServiceClient as _flyteidl_service_AsyncAgentServiceClient, AsyncAgentServiceDefinition as _flyteidl_service_AsyncAgentServiceDefinition } from './flyteidl/service/AsyncAgentService.js';
import type { SyncAgentServiceClient as _flyteidl_service_SyncAgentServiceClient, SyncAgentServiceDefinition as _flyteidl_service_SyncAgentServiceDefinition } from './flyteidl/service/SyncAgentService.js';
import type { CustomHttpPattern as _google_api_CustomHttpPattern, CustomHttpPattern__Output as _google_api_CustomHttpPattern__Output } from './google/api/CustomHttpPattern.js';
import type { Http as _google_api_Http, Http__Output as _google_api_Http__Output } from './google/api/Http.js';
import type { HttpRule as _google_api_HttpRule, HttpRule__Output as _google_api_HttpRule__Output } from './google/api/HttpRule.js';
import type { BoolValue as _google_protobuf_BoolValue, BoolValue__Output as _google_protobuf_BoolValue__Output } from './google/protobuf/BoolValue.js';
import type { BytesValue as _google_protobuf_BytesValue, BytesValue__Output as _google_protobuf_BytesValue__Output } from './google/protobuf/BytesValue.js';
import type { DescriptorProto as _google_protobuf_DescriptorProto, DescriptorProto__Output as _google_protobuf_DescriptorProto__Output } from './google/protobuf/DescriptorProto.js';
import type { DoubleValue as _google_protobuf_DoubleValue, DoubleValue__Output as _google_protobuf_DoubleValue__Output } from './google/protobuf/DoubleValue.js';
import type { Duration as _google_protobuf_Duration, Duration__Output as _google_protobuf_Duration__Output } from './google/protobuf/Duration.js';
import type { EnumDescriptorProto as _google_protobuf_EnumDescriptorProto, EnumDescriptorProto__Output as _google_protobuf_EnumDescriptorProto__Output } from './google/protobuf/EnumDescriptorProto.js';
import type { EnumOptions as _google_protobuf_EnumOptions, EnumOptions__Output as _google_protobuf_EnumOptions__Output } from './google/protobuf/EnumOptions.js';
import type { EnumValueDescriptorProto as _google_protobuf_EnumValueDescriptorProto, EnumValueDescriptorProto__Output as _google_protobuf_EnumValueDescriptorProto__Output } from './google/protobuf/EnumValueDescriptorProto.js';
import type { EnumValueOptions as _google_protobuf_EnumValueOptions, EnumValueOptions__Output as _google_protobuf_EnumValueOptions__Output } from './google/protobuf/EnumValueOptions.js';
import type { ExtensionRangeOptions as _google_protobuf_ExtensionRangeOptions, ExtensionRangeOptions__Output as _google_protobuf_ExtensionRangeOptions__Output } from './google/protobuf/ExtensionRangeOptions.js';
import type { FeatureSet as _google_protobuf_FeatureSet, FeatureSet__Output as _google_protobuf_FeatureSet__Output } from './google/protobuf/FeatureSet.js';
import type { FeatureSetDefaults as _google_protobuf_FeatureSetDefaults, FeatureSetDefaults__Output as _google_protobuf_FeatureSetDefaults__Output } from './google/protobuf/FeatureSetDefaults.js';
import type { FieldDescriptorProto as _google_protobuf_FieldDescriptorProto, FieldDescriptorProto__Output as _google_protobuf_FieldDescriptorProto__Output } from './google/protobuf/FieldDescriptorProto.js';
import type { FieldOptions as _google_protobuf_FieldOptions, FieldOptions__Output as _google_protobuf_FieldOptions__Output } from './google/protobuf/FieldOptions.js';
import type { FileDescriptorProto as _google_protobuf_FileDescriptorProto, FileDescriptorProto__Output as _google_protobuf_FileDescriptorProto__Output } from './google/protobuf/FileDescriptorProto.js';
import type { FileDescriptorSet as _google_protobuf_FileDescriptorSet, FileDescriptorSet__Output as _google_protobuf_FileDescriptorSet__Output } from './google/protobuf/FileDescriptorSet.js';
import type { FileOptions as _google_protobuf_FileOptions, FileOptions__Output as _google_protobuf_FileOptions__Output } from './google/protobuf/FileOptions.js';
import type { FloatValue as _google_protobuf_FloatValue, FloatValue__Output as _google_protobuf_FloatValue__Output } from './google/protobuf/FloatValue.js';
import type { GeneratedCodeInfo as _google_protobuf_GeneratedCodeInfo, GeneratedCodeInfo__Output as _google_protobuf_GeneratedCodeInfo__Output } from './google/protobuf/GeneratedCodeInfo.js';
import type { Int32Value as _google_protobuf_Int32Value, Int32Value__Output as _google_protobuf_Int32Value__Output } from './google/protobuf/Int32Value.js';
import type { Int64Value as _google_protobuf_Int64Value, Int64Value__Output as _google_protobuf_Int64Value__Output } from './google/protobuf/Int64Value.js';
import type { ListValue as _google_protobuf_ListValue, ListValue__Output as _google_protobuf_ListValue__Output } from './google/protobuf/ListValue.js';
import type { MessageOptions as _google_protobuf_MessageOptions, MessageOptions__Output as _google_protobuf_MessageOptions__Output } from './google/protobuf/MessageOptions.js';
import type { MethodDescriptorProto as _google_protobuf_MethodDescriptorProto, MethodDescriptorProto__Output as _google_protobuf_MethodDescriptorProto__Output } from './google/protobuf/MethodDescriptorProto.js';
import type { MethodOptions as _google_protobuf_MethodOptions, MethodOptions__Output as _google_protobuf_MethodOptions__Output } from './google/protobuf/MethodOptions.js';
import type { OneofDescriptorProto as _google_protobuf_OneofDescriptorProto, OneofDescriptorProto__Output as _google_protobuf_OneofDescriptorProto__Output } from './google/protobuf/OneofDescriptorProto.js';
import type { OneofOptions as _google_protobuf_OneofOptions, OneofOptions__Output as _google_protobuf_OneofOptions__Output } from './google/protobuf/OneofOptions.js';
import type { ServiceDescriptorProto as _google_protobuf_ServiceDescriptorProto, ServiceDescriptorProto__Output as _google_protobuf_ServiceDescriptorProto__Output } from './google/protobuf/ServiceDescriptorProto.js';
import type { ServiceOptions as _google_protobuf_ServiceOptions, ServiceOptions__Output as _google_protobuf_ServiceOptions__Output } from './google/protobuf/ServiceOptions.js';
import type { SourceCodeInfo as _google_protobuf_SourceCodeInfo, SourceCodeInfo__Output as _google_protobuf_SourceCodeInfo__Output } from './google/protobuf/SourceCodeInfo.js';
import type { StringValue as _google_protobuf_StringValue, StringValue__Output as _google_protobuf_StringValue__Output } from './google/protobuf/StringValue.js';
import type { Struct as _google_protobuf_Struct, Struct__Output as _google_protobuf_Struct__Output } from './google/protobuf/Struct.js';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from './google/protobuf/Timestamp.js';
import type { UInt32Value as _google_protobuf_UInt32Value, UInt32Value__Output as _google_protobuf_UInt32Value__Output } from './google/protobuf/UInt32Value.js';
import type { UInt64Value as _google_protobuf_UInt64Value, UInt64Value__Output as _google_protobuf_UInt64Value__Output } from './google/protobuf/UInt64Value.js';
import type { UninterpretedOption as _google_protobuf_UninterpretedOption, UninterpretedOption__Output as _google_protobuf_UninterpretedOption__Output } from './google/protobuf/UninterpretedOption.js';
import type { Value as _google_protobuf_Value, Value__Output as _google_protobuf_Value__Output } from './google/protobuf/Value.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  flyteidl: {
    admin: {
      Agent: MessageTypeDefinition<_flyteidl_admin_Agent, _flyteidl_admin_Agent__Output>
      AgentError: MessageTypeDefinition<_flyteidl_admin_AgentError, _flyteidl_admin_AgentError__Output>
      CreateRequestHeader: MessageTypeDefinition<_flyteidl_admin_CreateRequestHeader, _flyteidl_admin_CreateRequestHeader__Output>
      CreateTaskRequest: MessageTypeDefinition<_flyteidl_admin_CreateTaskRequest, _flyteidl_admin_CreateTaskRequest__Output>
      CreateTaskResponse: MessageTypeDefinition<_flyteidl_admin_CreateTaskResponse, _flyteidl_admin_CreateTaskResponse__Output>
      DeleteTaskRequest: MessageTypeDefinition<_flyteidl_admin_DeleteTaskRequest, _flyteidl_admin_DeleteTaskRequest__Output>
      DeleteTaskResponse: MessageTypeDefinition<_flyteidl_admin_DeleteTaskResponse, _flyteidl_admin_DeleteTaskResponse__Output>
      ExecuteTaskSyncRequest: MessageTypeDefinition<_flyteidl_admin_ExecuteTaskSyncRequest, _flyteidl_admin_ExecuteTaskSyncRequest__Output>
      ExecuteTaskSyncResponse: MessageTypeDefinition<_flyteidl_admin_ExecuteTaskSyncResponse, _flyteidl_admin_ExecuteTaskSyncResponse__Output>
      ExecuteTaskSyncResponseHeader: MessageTypeDefinition<_flyteidl_admin_ExecuteTaskSyncResponseHeader, _flyteidl_admin_ExecuteTaskSyncResponseHeader__Output>
      GetAgentRequest: MessageTypeDefinition<_flyteidl_admin_GetAgentRequest, _flyteidl_admin_GetAgentRequest__Output>
      GetAgentResponse: MessageTypeDefinition<_flyteidl_admin_GetAgentResponse, _flyteidl_admin_GetAgentResponse__Output>
      GetTaskLogsRequest: MessageTypeDefinition<_flyteidl_admin_GetTaskLogsRequest, _flyteidl_admin_GetTaskLogsRequest__Output>
      GetTaskLogsResponse: MessageTypeDefinition<_flyteidl_admin_GetTaskLogsResponse, _flyteidl_admin_GetTaskLogsResponse__Output>
      GetTaskLogsResponseBody: MessageTypeDefinition<_flyteidl_admin_GetTaskLogsResponseBody, _flyteidl_admin_GetTaskLogsResponseBody__Output>
      GetTaskLogsResponseHeader: MessageTypeDefinition<_flyteidl_admin_GetTaskLogsResponseHeader, _flyteidl_admin_GetTaskLogsResponseHeader__Output>
      GetTaskMetricsRequest: MessageTypeDefinition<_flyteidl_admin_GetTaskMetricsRequest, _flyteidl_admin_GetTaskMetricsRequest__Output>
      GetTaskMetricsResponse: MessageTypeDefinition<_flyteidl_admin_GetTaskMetricsResponse, _flyteidl_admin_GetTaskMetricsResponse__Output>
      GetTaskRequest: MessageTypeDefinition<_flyteidl_admin_GetTaskRequest, _flyteidl_admin_GetTaskRequest__Output>
      GetTaskResponse: MessageTypeDefinition<_flyteidl_admin_GetTaskResponse, _flyteidl_admin_GetTaskResponse__Output>
      ListAgentsRequest: MessageTypeDefinition<_flyteidl_admin_ListAgentsRequest, _flyteidl_admin_ListAgentsRequest__Output>
      ListAgentsResponse: MessageTypeDefinition<_flyteidl_admin_ListAgentsResponse, _flyteidl_admin_ListAgentsResponse__Output>
      LogLine: MessageTypeDefinition<_flyteidl_admin_LogLine, _flyteidl_admin_LogLine__Output>
      LogLineOriginator: EnumTypeDefinition
      Resource: MessageTypeDefinition<_flyteidl_admin_Resource, _flyteidl_admin_Resource__Output>
      State: EnumTypeDefinition
      TaskCategory: MessageTypeDefinition<_flyteidl_admin_TaskCategory, _flyteidl_admin_TaskCategory__Output>
      TaskExecutionMetadata: MessageTypeDefinition<_flyteidl_admin_TaskExecutionMetadata, _flyteidl_admin_TaskExecutionMetadata__Output>
    }
    core: {
      Alias: MessageTypeDefinition<_flyteidl_core_Alias, _flyteidl_core_Alias__Output>
      ApproveCondition: MessageTypeDefinition<_flyteidl_core_ApproveCondition, _flyteidl_core_ApproveCondition__Output>
      ArrayNode: MessageTypeDefinition<_flyteidl_core_ArrayNode, _flyteidl_core_ArrayNode__Output>
      ArtifactBindingData: MessageTypeDefinition<_flyteidl_core_ArtifactBindingData, _flyteidl_core_ArtifactBindingData__Output>
      ArtifactID: MessageTypeDefinition<_flyteidl_core_ArtifactID, _flyteidl_core_ArtifactID__Output>
      ArtifactKey: MessageTypeDefinition<_flyteidl_core_ArtifactKey, _flyteidl_core_ArtifactKey__Output>
      ArtifactQuery: MessageTypeDefinition<_flyteidl_core_ArtifactQuery, _flyteidl_core_ArtifactQuery__Output>
      ArtifactTag: MessageTypeDefinition<_flyteidl_core_ArtifactTag, _flyteidl_core_ArtifactTag__Output>
      Binary: MessageTypeDefinition<_flyteidl_core_Binary, _flyteidl_core_Binary__Output>
      Binding: MessageTypeDefinition<_flyteidl_core_Binding, _flyteidl_core_Binding__Output>
      BindingData: MessageTypeDefinition<_flyteidl_core_BindingData, _flyteidl_core_BindingData__Output>
      BindingDataCollection: MessageTypeDefinition<_flyteidl_core_BindingDataCollection, _flyteidl_core_BindingDataCollection__Output>
      BindingDataMap: MessageTypeDefinition<_flyteidl_core_BindingDataMap, _flyteidl_core_BindingDataMap__Output>
      Blob: MessageTypeDefinition<_flyteidl_core_Blob, _flyteidl_core_Blob__Output>
      BlobMetadata: MessageTypeDefinition<_flyteidl_core_BlobMetadata, _flyteidl_core_BlobMetadata__Output>
      BlobType: MessageTypeDefinition<_flyteidl_core_BlobType, _flyteidl_core_BlobType__Output>
      BooleanExpression: MessageTypeDefinition<_flyteidl_core_BooleanExpression, _flyteidl_core_BooleanExpression__Output>
      BranchNode: MessageTypeDefinition<_flyteidl_core_BranchNode, _flyteidl_core_BranchNode__Output>
      ComparisonExpression: MessageTypeDefinition<_flyteidl_core_ComparisonExpression, _flyteidl_core_ComparisonExpression__Output>
      ConjunctionExpression: MessageTypeDefinition<_flyteidl_core_ConjunctionExpression, _flyteidl_core_ConjunctionExpression__Output>
      Container: MessageTypeDefinition<_flyteidl_core_Container, _flyteidl_core_Container__Output>
      ContainerContext: MessageTypeDefinition<_flyteidl_core_ContainerContext, _flyteidl_core_ContainerContext__Output>
      ContainerPort: MessageTypeDefinition<_flyteidl_core_ContainerPort, _flyteidl_core_ContainerPort__Output>
      DataLoadingConfig: MessageTypeDefinition<_flyteidl_core_DataLoadingConfig, _flyteidl_core_DataLoadingConfig__Output>
      EnumType: MessageTypeDefinition<_flyteidl_core_EnumType, _flyteidl_core_EnumType__Output>
      Error: MessageTypeDefinition<_flyteidl_core_Error, _flyteidl_core_Error__Output>
      ExecutionError: MessageTypeDefinition<_flyteidl_core_ExecutionError, _flyteidl_core_ExecutionError__Output>
      ExecutionMetricResult: MessageTypeDefinition<_flyteidl_core_ExecutionMetricResult, _flyteidl_core_ExecutionMetricResult__Output>
      ExtendedResources: MessageTypeDefinition<_flyteidl_core_ExtendedResources, _flyteidl_core_ExtendedResources__Output>
      GPUAccelerator: MessageTypeDefinition<_flyteidl_core_GPUAccelerator, _flyteidl_core_GPUAccelerator__Output>
      GateNode: MessageTypeDefinition<_flyteidl_core_GateNode, _flyteidl_core_GateNode__Output>
      Granularity: EnumTypeDefinition
      IOStrategy: MessageTypeDefinition<_flyteidl_core_IOStrategy, _flyteidl_core_IOStrategy__Output>
      Identifier: MessageTypeDefinition<_flyteidl_core_Identifier, _flyteidl_core_Identifier__Output>
      Identity: MessageTypeDefinition<_flyteidl_core_Identity, _flyteidl_core_Identity__Output>
      IfBlock: MessageTypeDefinition<_flyteidl_core_IfBlock, _flyteidl_core_IfBlock__Output>
      IfElseBlock: MessageTypeDefinition<_flyteidl_core_IfElseBlock, _flyteidl_core_IfElseBlock__Output>
      InputBindingData: MessageTypeDefinition<_flyteidl_core_InputBindingData, _flyteidl_core_InputBindingData__Output>
      K8sObjectMetadata: MessageTypeDefinition<_flyteidl_core_K8sObjectMetadata, _flyteidl_core_K8sObjectMetadata__Output>
      K8sPod: MessageTypeDefinition<_flyteidl_core_K8sPod, _flyteidl_core_K8sPod__Output>
      KeyValuePair: MessageTypeDefinition<_flyteidl_core_KeyValuePair, _flyteidl_core_KeyValuePair__Output>
      LabelValue: MessageTypeDefinition<_flyteidl_core_LabelValue, _flyteidl_core_LabelValue__Output>
      LaunchPlanTemplate: MessageTypeDefinition<_flyteidl_core_LaunchPlanTemplate, _flyteidl_core_LaunchPlanTemplate__Output>
      Literal: MessageTypeDefinition<_flyteidl_core_Literal, _flyteidl_core_Literal__Output>
      LiteralCollection: MessageTypeDefinition<_flyteidl_core_LiteralCollection, _flyteidl_core_LiteralCollection__Output>
      LiteralMap: MessageTypeDefinition<_flyteidl_core_LiteralMap, _flyteidl_core_LiteralMap__Output>
      LiteralOffloadedMetadata: MessageTypeDefinition<_flyteidl_core_LiteralOffloadedMetadata, _flyteidl_core_LiteralOffloadedMetadata__Output>
      LiteralType: MessageTypeDefinition<_flyteidl_core_LiteralType, _flyteidl_core_LiteralType__Output>
      LogContext: MessageTypeDefinition<_flyteidl_core_LogContext, _flyteidl_core_LogContext__Output>
      Node: MessageTypeDefinition<_flyteidl_core_Node, _flyteidl_core_Node__Output>
      NodeExecution: MessageTypeDefinition<_flyteidl_core_NodeExecution, _flyteidl_core_NodeExecution__Output>
      NodeExecutionIdentifier: MessageTypeDefinition<_flyteidl_core_NodeExecutionIdentifier, _flyteidl_core_NodeExecutionIdentifier__Output>
      NodeMetadata: MessageTypeDefinition<_flyteidl_core_NodeMetadata, _flyteidl_core_NodeMetadata__Output>
      OAuth2Client: MessageTypeDefinition<_flyteidl_core_OAuth2Client, _flyteidl_core_OAuth2Client__Output>
      OAuth2TokenRequest: MessageTypeDefinition<_flyteidl_core_OAuth2TokenRequest, _flyteidl_core_OAuth2TokenRequest__Output>
      Operand: MessageTypeDefinition<_flyteidl_core_Operand, _flyteidl_core_Operand__Output>
      Operator: EnumTypeDefinition
      OutputReference: MessageTypeDefinition<_flyteidl_core_OutputReference, _flyteidl_core_OutputReference__Output>
      Parameter: MessageTypeDefinition<_flyteidl_core_Parameter, _flyteidl_core_Parameter__Output>
      ParameterMap: MessageTypeDefinition<_flyteidl_core_ParameterMap, _flyteidl_core_ParameterMap__Output>
      Partitions: MessageTypeDefinition<_flyteidl_core_Partitions, _flyteidl_core_Partitions__Output>
      PodLogContext: MessageTypeDefinition<_flyteidl_core_PodLogContext, _flyteidl_core_PodLogContext__Output>
      Primitive: MessageTypeDefinition<_flyteidl_core_Primitive, _flyteidl_core_Primitive__Output>
      PromiseAttribute: MessageTypeDefinition<_flyteidl_core_PromiseAttribute, _flyteidl_core_PromiseAttribute__Output>
      QualityOfService: MessageTypeDefinition<_flyteidl_core_QualityOfService, _flyteidl_core_QualityOfService__Output>
      QualityOfServiceSpec: MessageTypeDefinition<_flyteidl_core_QualityOfServiceSpec, _flyteidl_core_QualityOfServiceSpec__Output>
      ResourceType: EnumTypeDefinition
      Resources: MessageTypeDefinition<_flyteidl_core_Resources, _flyteidl_core_Resources__Output>
      RetryStrategy: MessageTypeDefinition<_flyteidl_core_RetryStrategy, _flyteidl_core_RetryStrategy__Output>
      RuntimeBinding: MessageTypeDefinition<_flyteidl_core_RuntimeBinding, _flyteidl_core_RuntimeBinding__Output>
      RuntimeMetadata: MessageTypeDefinition<_flyteidl_core_RuntimeMetadata, _flyteidl_core_RuntimeMetadata__Output>
      Scalar: MessageTypeDefinition<_flyteidl_core_Scalar, _flyteidl_core_Scalar__Output>
      Schema: MessageTypeDefinition<_flyteidl_core_Schema, _flyteidl_core_Schema__Output>
      SchemaType: MessageTypeDefinition<_flyteidl_core_SchemaType, _flyteidl_core_SchemaType__Output>
      Secret: MessageTypeDefinition<_flyteidl_core_Secret, _flyteidl_core_Secret__Output>
      SecurityContext: MessageTypeDefinition<_flyteidl_core_SecurityContext, _flyteidl_core_SecurityContext__Output>
      SharedMemory: MessageTypeDefinition<_flyteidl_core_SharedMemory, _flyteidl_core_SharedMemory__Output>
      SignalCondition: MessageTypeDefinition<_flyteidl_core_SignalCondition, _flyteidl_core_SignalCondition__Output>
      SignalIdentifier: MessageTypeDefinition<_flyteidl_core_SignalIdentifier, _flyteidl_core_SignalIdentifier__Output>
      SimpleType: EnumTypeDefinition
      SleepCondition: MessageTypeDefinition<_flyteidl_core_SleepCondition, _flyteidl_core_SleepCondition__Output>
      Span: MessageTypeDefinition<_flyteidl_core_Span, _flyteidl_core_Span__Output>
      Sql: MessageTypeDefinition<_flyteidl_core_Sql, _flyteidl_core_Sql__Output>
      StructuredDataset: MessageTypeDefinition<_flyteidl_core_StructuredDataset, _flyteidl_core_StructuredDataset__Output>
      StructuredDatasetMetadata: MessageTypeDefinition<_flyteidl_core_StructuredDatasetMetadata, _flyteidl_core_StructuredDatasetMetadata__Output>
      StructuredDatasetType: MessageTypeDefinition<_flyteidl_core_StructuredDatasetType, _flyteidl_core_StructuredDatasetType__Output>
      TaskExecution: MessageTypeDefinition<_flyteidl_core_TaskExecution, _flyteidl_core_TaskExecution__Output>
      TaskExecutionIdentifier: MessageTypeDefinition<_flyteidl_core_TaskExecutionIdentifier, _flyteidl_core_TaskExecutionIdentifier__Output>
      TaskLog: MessageTypeDefinition<_flyteidl_core_TaskLog, _flyteidl_core_TaskLog__Output>
      TaskMetadata: MessageTypeDefinition<_flyteidl_core_TaskMetadata, _flyteidl_core_TaskMetadata__Output>
      TaskNode: MessageTypeDefinition<_flyteidl_core_TaskNode, _flyteidl_core_TaskNode__Output>
      TaskNodeOverrides: MessageTypeDefinition<_flyteidl_core_TaskNodeOverrides, _flyteidl_core_TaskNodeOverrides__Output>
      TaskTemplate: MessageTypeDefinition<_flyteidl_core_TaskTemplate, _flyteidl_core_TaskTemplate__Output>
      TimePartition: MessageTypeDefinition<_flyteidl_core_TimePartition, _flyteidl_core_TimePartition__Output>
      TimeTransform: MessageTypeDefinition<_flyteidl_core_TimeTransform, _flyteidl_core_TimeTransform__Output>
      TypeAnnotation: MessageTypeDefinition<_flyteidl_core_TypeAnnotation, _flyteidl_core_TypeAnnotation__Output>
      TypeStructure: MessageTypeDefinition<_flyteidl_core_TypeStructure, _flyteidl_core_TypeStructure__Output>
      TypedInterface: MessageTypeDefinition<_flyteidl_core_TypedInterface, _flyteidl_core_TypedInterface__Output>
      Union: MessageTypeDefinition<_flyteidl_core_Union, _flyteidl_core_Union__Output>
      UnionInfo: MessageTypeDefinition<_flyteidl_core_UnionInfo, _flyteidl_core_UnionInfo__Output>
      UnionType: MessageTypeDefinition<_flyteidl_core_UnionType, _flyteidl_core_UnionType__Output>
      Variable: MessageTypeDefinition<_flyteidl_core_Variable, _flyteidl_core_Variable__Output>
      VariableMap: MessageTypeDefinition<_flyteidl_core_VariableMap, _flyteidl_core_VariableMap__Output>
      Void: MessageTypeDefinition<_flyteidl_core_Void, _flyteidl_core_Void__Output>
      WorkflowExecution: MessageTypeDefinition<_flyteidl_core_WorkflowExecution, _flyteidl_core_WorkflowExecution__Output>
      WorkflowExecutionIdentifier: MessageTypeDefinition<_flyteidl_core_WorkflowExecutionIdentifier, _flyteidl_core_WorkflowExecutionIdentifier__Output>
      WorkflowMetadata: MessageTypeDefinition<_flyteidl_core_WorkflowMetadata, _flyteidl_core_WorkflowMetadata__Output>
      WorkflowMetadataDefaults: MessageTypeDefinition<_flyteidl_core_WorkflowMetadataDefaults, _flyteidl_core_WorkflowMetadataDefaults__Output>
      WorkflowNode: MessageTypeDefinition<_flyteidl_core_WorkflowNode, _flyteidl_core_WorkflowNode__Output>
      WorkflowTemplate: MessageTypeDefinition<_flyteidl_core_WorkflowTemplate, _flyteidl_core_WorkflowTemplate__Output>
    }
    service: {
      AgentMetadataService: SubtypeConstructor<typeof grpc.Client, _flyteidl_service_AgentMetadataServiceClient> & { service: _flyteidl_service_AgentMetadataServiceDefinition }
      AsyncAgentService: SubtypeConstructor<typeof grpc.Client, _flyteidl_service_AsyncAgentServiceClient> & { service: _flyteidl_service_AsyncAgentServiceDefinition }
      SyncAgentService: SubtypeConstructor<typeof grpc.Client, _flyteidl_service_SyncAgentServiceClient> & { service: _flyteidl_service_SyncAgentServiceDefinition }
    }
  }
  google: {
    api: {
      CustomHttpPattern: MessageTypeDefinition<_google_api_CustomHttpPattern, _google_api_CustomHttpPattern__Output>
      Http: MessageTypeDefinition<_google_api_Http, _google_api_Http__Output>
      HttpRule: MessageTypeDefinition<_google_api_HttpRule, _google_api_HttpRule__Output>
    }
    protobuf: {
      BoolValue: MessageTypeDefinition<_google_protobuf_BoolValue, _google_protobuf_BoolValue__Output>
      BytesValue: MessageTypeDefinition<_google_protobuf_BytesValue, _google_protobuf_BytesValue__Output>
      DescriptorProto: MessageTypeDefinition<_google_protobuf_DescriptorProto, _google_protobuf_DescriptorProto__Output>
      DoubleValue: MessageTypeDefinition<_google_protobuf_DoubleValue, _google_protobuf_DoubleValue__Output>
      Duration: MessageTypeDefinition<_google_protobuf_Duration, _google_protobuf_Duration__Output>
      Edition: EnumTypeDefinition
      EnumDescriptorProto: MessageTypeDefinition<_google_protobuf_EnumDescriptorProto, _google_protobuf_EnumDescriptorProto__Output>
      EnumOptions: MessageTypeDefinition<_google_protobuf_EnumOptions, _google_protobuf_EnumOptions__Output>
      EnumValueDescriptorProto: MessageTypeDefinition<_google_protobuf_EnumValueDescriptorProto, _google_protobuf_EnumValueDescriptorProto__Output>
      EnumValueOptions: MessageTypeDefinition<_google_protobuf_EnumValueOptions, _google_protobuf_EnumValueOptions__Output>
      ExtensionRangeOptions: MessageTypeDefinition<_google_protobuf_ExtensionRangeOptions, _google_protobuf_ExtensionRangeOptions__Output>
      FeatureSet: MessageTypeDefinition<_google_protobuf_FeatureSet, _google_protobuf_FeatureSet__Output>
      FeatureSetDefaults: MessageTypeDefinition<_google_protobuf_FeatureSetDefaults, _google_protobuf_FeatureSetDefaults__Output>
      FieldDescriptorProto: MessageTypeDefinition<_google_protobuf_FieldDescriptorProto, _google_protobuf_FieldDescriptorProto__Output>
      FieldOptions: MessageTypeDefinition<_google_protobuf_FieldOptions, _google_protobuf_FieldOptions__Output>
      FileDescriptorProto: MessageTypeDefinition<_google_protobuf_FileDescriptorProto, _google_protobuf_FileDescriptorProto__Output>
      FileDescriptorSet: MessageTypeDefinition<_google_protobuf_FileDescriptorSet, _google_protobuf_FileDescriptorSet__Output>
      FileOptions: MessageTypeDefinition<_google_protobuf_FileOptions, _google_protobuf_FileOptions__Output>
      FloatValue: MessageTypeDefinition<_google_protobuf_FloatValue, _google_protobuf_FloatValue__Output>
      GeneratedCodeInfo: MessageTypeDefinition<_google_protobuf_GeneratedCodeInfo, _google_protobuf_GeneratedCodeInfo__Output>
      Int32Value: MessageTypeDefinition<_google_protobuf_Int32Value, _google_protobuf_Int32Value__Output>
      Int64Value: MessageTypeDefinition<_google_protobuf_Int64Value, _google_protobuf_Int64Value__Output>
      ListValue: MessageTypeDefinition<_google_protobuf_ListValue, _google_protobuf_ListValue__Output>
      MessageOptions: MessageTypeDefinition<_google_protobuf_MessageOptions, _google_protobuf_MessageOptions__Output>
      MethodDescriptorProto: MessageTypeDefinition<_google_protobuf_MethodDescriptorProto, _google_protobuf_MethodDescriptorProto__Output>
      MethodOptions: MessageTypeDefinition<_google_protobuf_MethodOptions, _google_protobuf_MethodOptions__Output>
      NullValue: EnumTypeDefinition
      OneofDescriptorProto: MessageTypeDefinition<_google_protobuf_OneofDescriptorProto, _google_protobuf_OneofDescriptorProto__Output>
      OneofOptions: MessageTypeDefinition<_google_protobuf_OneofOptions, _google_protobuf_OneofOptions__Output>
      ServiceDescriptorProto: MessageTypeDefinition<_google_protobuf_ServiceDescriptorProto, _google_protobuf_ServiceDescriptorProto__Output>
      ServiceOptions: MessageTypeDefinition<_google_protobuf_ServiceOptions, _google_protobuf_ServiceOptions__Output>
      SourceCodeInfo: MessageTypeDefinition<_google_protobuf_SourceCodeInfo, _google_protobuf_SourceCodeInfo__Output>
      StringValue: MessageTypeDefinition<_google_protobuf_StringValue, _google_protobuf_StringValue__Output>
      Struct: MessageTypeDefinition<_google_protobuf_Struct, _google_protobuf_Struct__Output>
      SymbolVisibility: EnumTypeDefinition
      Timestamp: MessageTypeDefinition<_google_protobuf_Timestamp, _google_protobuf_Timestamp__Output>
      UInt32Value: MessageTypeDefinition<_google_protobuf_UInt32Value, _google_protobuf_UInt32Value__Output>
      UInt64Value: MessageTypeDefinition<_google_protobuf_UInt64Value, _google_protobuf_UInt64Value__Output>
      UninterpretedOption: MessageTypeDefinition<_google_protobuf_UninterpretedOption, _google_protobuf_UninterpretedOption__Output>
      Value: MessageTypeDefinition<_google_protobuf_Value, _google_protobuf_Value__Output>
    }
  }
}

