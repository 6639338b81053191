#!/bin/bash
# usage: _label.sh dir entry  -> prints guard result and plain result
PY=/work/main/.venv/bin/python
cd "$1"
g=$(timeout 60 $PY -m torchmode.guard "$2" 2>&1); gr=$?
p=$(timeout 60 $PY "$2" 2>&1); pr=$?
exp=$(grep -o 'expect: [a-z]*' "$2" | head -1)
msg=$(echo "$g" | grep -E "training mode|TensorWrapper|doesn't have storage|_cudnn_rnn_backward' is not" | tail -1)
echo "== $1/$2 [$exp] guard_rc=$gr plain_rc=$pr :: ${msg:0:80}"
if [ $gr -ne 0 ]; then echo "$g" | grep -E 'File "' | grep -v -E 'site-packages|torchmode|<frozen' | tail -1; fi
if [ $pr -ne 0 ]; then echo "PLAIN FAIL"; echo "$p" | tail -3; fi
