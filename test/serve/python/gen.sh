#!/bin/sh
# Generate Python stubs for flyteidl's agent service from the official protos with Debian's protoc and
# grpc_python_plugin (packages: protobuf-compiler, protobuf-compiler-grpc, python3-grpcio, python3-protobuf).
# usage: gen.sh <repo-root> <out-dir>
set -eu
root=$1
out=$2
idl="$root/node_modules/@flyteorg/flyteidl/protos"
mkdir -p "$out"
plugin=$(command -v grpc_python_plugin)
cd "$idl"
protoc -I "$root/proto" -I "$idl" -I /usr/include \
  --python_out="$out" --grpc_python_out="$out" --plugin=protoc-gen-grpc_python="$plugin" \
  flyteidl/service/agent.proto flyteidl/admin/agent.proto flyteidl/core/*.proto
cd "$root/proto"
protoc -I "$root/proto" -I /usr/include --python_out="$out" google/api/http.proto google/api/annotations.proto
