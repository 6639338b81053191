#!/bin/bash
# usage: label.sh dir entry
PY=/work/main/.venv/bin/python
d=$1; e=$2
cd /work/wt/holdout88/benchmarks/holdout88/$d || exit 1
exp=$(head -1 $e)
g=$(timeout 60 $PY -m torchmode.guard $e 2>&1); grc=$?
p=$(timeout 60 $PY $e 2>&1); prc=$?
msg=$(echo "$g" | grep -o "can only be called in training mode" | head -1)
echo "== $d/$e [$exp] guard_rc=$grc plain_rc=$prc ${msg}"
if [ $grc -ne 0 ]; then echo "$g" | grep -E 'File "' | grep -v -E 'site-packages|torchmode|<frozen|runpy' | tail -1; fi
if [ $prc -ne 0 ]; then echo "PLAIN FAIL"; echo "$p" | tail -3; fi
if [ $grc -ne 0 ] && [ -z "$msg" ]; then echo "$g" | tail -3; fi
grep -rn "TM00.-here" . | head
