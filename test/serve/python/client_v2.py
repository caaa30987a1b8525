"""An independent Flyte 2 client for `webapi-plugin serve`: Python grpcio, with message classes built by
Python's protobuf from the file descriptors embedded in the npm package @flyteorg/flyteidl2 (its
`*_pb.ts` files carry each FileDescriptorProto as base64 in `fileDesc("...")`, with the `dependency` list
cleared: rebuilt here from each file's imports). Nothing of the server's codecs is used: not its .proto
files, not protobufjs. Drives the connector protocol the way the Flyte 2 backend does, and checks that the
v1 services still answer on the same port.

usage: python3 client_v2.py <node_modules/@flyteorg/flyteidl2> <host:port> <per-task secret value>
Prints one line per check and "ALL OK" at the end; exits non-zero on the first failure.
"""
import base64
import hashlib
import os
import re
import sys
import time

import grpc
from google.protobuf import descriptor_pb2, descriptor_pool, json_format, message_factory
from google.protobuf import duration_pb2, struct_pb2, timestamp_pb2, wrappers_pb2  # noqa: F401  (well-known types, in the default pool)

pkg_dir, address, task_secret = sys.argv[1], sys.argv[2], sys.argv[3]
from checks import BIG, check  # noqa: E402


# ---- message classes from the embedded descriptors
pool = descriptor_pool.Default()
VALUE_IMPORT = re.compile(r'^import \{ ([^}]*) \} from "([^"]+)";', re.M)
FILE_DESC = re.compile(r'fileDesc\("([A-Za-z0-9+/=]+)"')
FROM_FILE = re.compile(r"@generated from file (\S+) ")
loaded = set()


def load(ts_path):
    text = open(ts_path, encoding="utf-8").read()
    name = FROM_FILE.search(text).group(1)
    if name in loaded:
        return name
    deps = []
    for names, spec in VALUE_IMPORT.findall(text):
        files = [n.strip() for n in names.split(",") if n.strip().startswith("file_")]
        if not files:
            continue
        if spec == "@bufbuild/protobuf/wkt":  # google/protobuf/*: already in the default pool
            deps += ["google/protobuf/%s.proto" % f[len("file_google_protobuf_"):] for f in files]
        else:
            deps.append(load(os.path.normpath(os.path.join(os.path.dirname(ts_path), spec))))
    b64 = FILE_DESC.search(text).group(1)
    fdp = descriptor_pb2.FileDescriptorProto.FromString(base64.b64decode(b64 + "=" * (-len(b64) % 4)))
    del fdp.dependency[:]
    fdp.dependency.extend(deps)
    pool.AddSerializedFile(fdp.SerializeToString())
    loaded.add(name)
    return name


load(os.path.join(pkg_dir, "flyteidl2", "connector", "service_pb.ts"))
factory = message_factory.MessageFactory(pool)


def cls(full_name):
    return factory.GetPrototype(pool.FindMessageTypeByName(full_name))


C = {n: cls("flyteidl2.connector." + n) for n in [
    "CreateTaskRequest", "CreateTaskResponse", "GetTaskRequest", "GetTaskResponse", "DeleteTaskRequest", "DeleteTaskResponse",
    "ListConnectorsRequest", "ListConnectorsResponse", "GetConnectorRequest", "GetConnectorResponse", "TaskCategory",
    "GetTaskLogsRequest", "GetTaskLogsResponse", "TaskExecutionMetadata"]}
Literal = cls("flyteidl2.core.Literal")
TaskTemplate = cls("flyteidl2.core.TaskTemplate")
Phase = pool.FindEnumTypeByName("flyteidl2.core.TaskExecution.Phase").values_by_name
SIMPLE = pool.FindEnumTypeByName("flyteidl2.core.SimpleType").values_by_name

channel = grpc.insecure_channel(address)


def unary(service, method, req_cls, res_cls):
    return channel.unary_unary("/flyteidl2.connector.%s/%s" % (service, method),
                               request_serializer=lambda m: m.SerializeToString(), response_deserializer=res_cls.FromString)


list_connectors = unary("ConnectorMetadataService", "ListConnectors", C["ListConnectorsRequest"], C["ListConnectorsResponse"])
get_connector = unary("ConnectorMetadataService", "GetConnector", C["GetConnectorRequest"], C["GetConnectorResponse"])
create_task = unary("AsyncConnectorService", "CreateTask", C["CreateTaskRequest"], C["CreateTaskResponse"])
get_task = unary("AsyncConnectorService", "GetTask", C["GetTaskRequest"], C["GetTaskResponse"])
delete_task = unary("AsyncConnectorService", "DeleteTask", C["DeleteTaskRequest"], C["DeleteTaskResponse"])
get_task_logs = channel.unary_stream("/flyteidl2.connector.AsyncConnectorService/GetTaskLogs",
                                     request_serializer=lambda m: m.SerializeToString(), response_deserializer=C["GetTaskLogsResponse"].FromString)


def prim(**kw):
    lit = Literal()
    for k, v in kw.items():
        if k == "datetime":
            lit.scalar.primitive.datetime.CopyFrom(v)
        else:
            setattr(lit.scalar.primitive, k, v)
    return lit


def add_input(req, name, lit):
    n = req.inputs.literals.add()
    n.name = name
    n.value.CopyFrom(lit)


def add_output(template, name, simple=None, collection=None):
    e = template.interface.outputs.variables.add()
    e.key = name
    if collection is not None:
        e.value.type.collection_type.simple = SIMPLE[collection].number
    else:
        e.value.type.simple = SIMPLE[simple].number


def category(name):
    return C["TaskCategory"](name=name, version=0)


def until_terminal(meta, name, connection=None):
    phases = []
    for _ in range(100):
        req = C["GetTaskRequest"](resource_meta=meta, task_category=category(name), output_prefix="s3://bucket/py2/n0/0")
        if connection is not None:
            req.connection.CopyFrom(connection)
        res = get_task(req, timeout=10).resource
        phases.append(res.phase)
        if res.phase in (Phase["SUCCEEDED"].number, Phase["FAILED"].number, Phase["RETRYABLE_FAILED"].number):
            return res, phases
        time.sleep(0.05)
    return res, phases


def outputs_of(resource):
    return {n.name: n.value for n in resource.outputs.literals}


# ---- ListConnectors / GetConnector
connectors = {c.name: c for c in list_connectors(C["ListConnectorsRequest"](), timeout=10).connectors}
check({"sim", "echo", "conn"} <= set(connectors), "ListConnectors lists sim, echo and conn")
check([(t.name, t.version) for t in connectors["sim"].supported_task_categories] == [("sim_job", 0)], "ListConnectors: sim serves sim_job (0)")
check(get_connector(C["GetConnectorRequest"](name="echo"), timeout=10).connector.name == "echo", "GetConnector by name")
try:
    get_connector(C["GetConnectorRequest"](name="nope"), timeout=10)
    check(False, "an unknown connector must fail")
except grpc.RpcError as e:
    check(e.code() == grpc.StatusCode.NOT_FOUND, "GetConnector: NOT_FOUND for an unknown name")

# ---- CreateTask → GetTask until SUCCEEDED, typed task.Outputs
template = TaskTemplate(type="sim_job")
template.id.resource_type = 1
template.id.project, template.id.domain, template.id.name, template.id.version = "flytesnacks", "development", "py2.sim", "v1"
template.custom.update({"runMs": 200, "nested": {"region": "eu-west-1"}})
for name, simple in [("big", "INTEGER"), ("when", "DATETIME"), ("cfg", "STRUCT"), ("jobId", "STRING")]:
    add_output(template, name, simple)
add_output(template, "tags", collection="STRING")
when = timestamp_pb2.Timestamp(seconds=1714564800, nanos=250000000)
cfg = struct_pb2.Struct()
cfg.update({"depth": 2, "mode": "fast"})
req = C["CreateTaskRequest"](template=template, output_prefix="s3://bucket/py2/n0/0")
tags = Literal()
for s in ["a", "b"]:
    tags.collection.literals.add().scalar.primitive.string_value = s
generic = Literal()
generic.scalar.generic.CopyFrom(cfg)
for name, lit in [("tags", tags), ("cfg", generic), ("when", prim(datetime=when)), ("big", prim(integer=BIG))]:  # not in declared order
    add_input(req, name, lit)
tem = req.task_execution_metadata
tem.task_execution_id.task_id.CopyFrom(template.id)
tem.task_execution_id.node_execution_id.node_id = "n0"
ex = tem.task_execution_id.node_execution_id.execution_id
ex.project, ex.domain, ex.name = "flytesnacks", "development", "py2exec"
tem.namespace = "flytesnacks-development"
created = create_task(req, timeout=10)
check(created.resource_meta.decode("utf-8").startswith('{"v":1'), "CreateTask returns the versioned JSON resource_meta")
resource, phases = until_terminal(created.resource_meta, "sim_job")
check(phases[0] == Phase["RUNNING"].number, "GetTask first reports RUNNING")
check(resource.phase == Phase["SUCCEEDED"].number, "GetTask reaches SUCCEEDED")
out = outputs_of(resource)
check(out["big"].scalar.primitive.integer == BIG, "task.Outputs: int64 2^62+1 intact")
check(out["when"].scalar.primitive.datetime == when, "task.Outputs: datetime intact")
check([l.scalar.primitive.string_value for l in out["tags"].collection.literals] == ["a", "b"], "task.Outputs: list intact")
check(json_format.MessageToDict(out["cfg"].scalar.generic) == {"depth": 2.0, "mode": "fast"}, "task.Outputs: Struct intact")
check(out["jobId"].scalar.primitive.string_value == "py2exec-n0-0", "generated name from task_execution_metadata")
check(resource.log_links[0].name == "Sim console" and resource.log_links[0].uri == "https://sim.example/jobs/py2exec-n0-0", "log links")
check(json_format.MessageToDict(resource.custom_info)["jobId"] == "py2exec-n0-0", "custom_info Struct")

# ---- GetTaskLogs: a header with the page token, then Flyte 2's body (`lines`)
parts = list(get_task_logs(C["GetTaskLogsRequest"](resource_meta=created.resource_meta, task_category=category("sim_job"), lines=2), timeout=10))
check(parts[0].HasField("header") and parts[0].header.token == "2" and [l.message for l in parts[1].body.lines] == ["py2exec-n0-0: step 1/5\n", "py2exec-n0-0: step 2/5\n"],
      "GetTaskLogs streams a header, then body.lines")

# ---- a failure is the phase and the message
failing = TaskTemplate()
failing.CopyFrom(template)
failing.ClearField("interface")
failing.custom.Clear()
failing.custom.update({"fail": "the cluster said no"})
res, _ = until_terminal(create_task(C["CreateTaskRequest"](template=failing), timeout=10).resource_meta, "sim_job")
check(res.phase == Phase["FAILED"].number and res.message == "the cluster said no", "FAILED with the reason in message")

# ---- DeleteTask
delete_task(C["DeleteTaskRequest"](resource_meta=created.resource_meta, task_category=category("sim_job")), timeout=10)
check(True, "DeleteTask OK")

# ---- a sync plugin through CreateTask + GetTask
sync_template = TaskTemplate(type="echo_sync")
sync_template.custom.update({})
sync_req = C["CreateTaskRequest"](template=sync_template, output_prefix="s3://bucket/py2/sync")
add_input(sync_req, "n", prim(integer=7))
sync_meta = create_task(sync_req, timeout=10).resource_meta
res, phases = until_terminal(sync_meta, "echo_sync")
check(phases == [Phase["SUCCEEDED"].number], "sync plugin: the first GetTask answers SUCCEEDED")
check(outputs_of(res)["taskType"].scalar.primitive.string_value == "echo_sync"
      and json_format.MessageToDict(outputs_of(res)["echoed"].scalar.generic) == {"n": 7.0}, "sync plugin: its outputs")

# ---- a connection secret reaching the plugin (before the process-level one), configs too
conn_template = TaskTemplate(type="conn_job")
conn_template.custom.update({"expect": hashlib.sha256(task_secret.encode()).hexdigest()})
conn_req = C["CreateTaskRequest"](template=conn_template)
conn_req.connection.task_type = "conn_job"
conn_req.connection.secrets["api_key"] = task_secret
conn_req.connection.configs["region"] = "ap-south-1"
conn_meta = create_task(conn_req, timeout=10).resource_meta
check(task_secret.encode() not in conn_meta, "the connection secret is not in resource_meta")
res, _ = until_terminal(conn_meta, "conn_job", conn_req.connection)
out = outputs_of(res)
check(all(out[k].scalar.primitive.boolean for k in ["createTokenMatches", "getTokenMatches", "statusTokenMatches"]),
      "a connection secret reaches the plugin through secretManager.get (create, get, status)")
check([out[k].scalar.primitive.string_value for k in ["createRegion", "getRegion", "statusRegion"]] == ["ap-south-1"] * 3,
      "connection configs reach the plugin (connectionConfigs)")
check(task_secret.encode() not in res.SerializeToString(), "the connection secret is not echoed")

# ---- an unknown type → NOT_FOUND
try:
    create_task(C["CreateTaskRequest"](template=TaskTemplate(type="no_such_type")), timeout=10)
    check(False, "an unknown type must fail")
except grpc.RpcError as e:
    check(e.code() == grpc.StatusCode.NOT_FOUND and e.details().startswith("Cannot find connector for task type: no_such_type"), "NOT_FOUND for an unknown task type")

# ---- health per service name: grpc.health.v1 built here from its two messages
health = descriptor_pb2.FileDescriptorProto(name="py2/health.proto", package="grpc.health.v1", syntax="proto3")
m = health.message_type.add(name="HealthCheckRequest")
m.field.add(name="service", number=1, type=descriptor_pb2.FieldDescriptorProto.TYPE_STRING, label=descriptor_pb2.FieldDescriptorProto.LABEL_OPTIONAL)
m = health.message_type.add(name="HealthCheckResponse")
m.field.add(name="status", number=1, type=descriptor_pb2.FieldDescriptorProto.TYPE_ENUM, label=descriptor_pb2.FieldDescriptorProto.LABEL_OPTIONAL,
            type_name=".grpc.health.v1.HealthCheckResponse.ServingStatus")
e = m.enum_type.add(name="ServingStatus")
for i, n in enumerate(["UNKNOWN", "SERVING", "NOT_SERVING", "SERVICE_UNKNOWN"]):
    e.value.add(name=n, number=i)
health_pool = descriptor_pool.DescriptorPool()
health_pool.Add(health)
health_factory = message_factory.MessageFactory(health_pool)
HReq = health_factory.GetPrototype(health_pool.FindMessageTypeByName("grpc.health.v1.HealthCheckRequest"))
HRes = health_factory.GetPrototype(health_pool.FindMessageTypeByName("grpc.health.v1.HealthCheckResponse"))
check_health = channel.unary_unary("/grpc.health.v1.Health/Check", request_serializer=lambda m: m.SerializeToString(), response_deserializer=HRes.FromString)
names = ["", "flyteidl2.connector.AsyncConnectorService", "flyteidl2.connector.ConnectorMetadataService",
         "flyteidl.service.AsyncAgentService", "flyteidl.service.SyncAgentService", "flyteidl.service.AgentMetadataService"]
check(all(check_health(HReq(service=n), timeout=10).status == 1 for n in names), "health: SERVING for \"\" and every v1 and v2 service name")

# ---- the v1 services still answer on the same port (an empty ListAgentsRequest; the answer names the types)
raw_list_agents = channel.unary_unary("/flyteidl.service.AgentMetadataService/ListAgents")
check(b"sim_job" in raw_list_agents(b"", timeout=10), "v1 AgentMetadataService.ListAgents answers on the same port")
print("ALL OK", flush=True)
