#!/bin/bash
# usage: label.sh path/to/entry.py  (relative to benchmarks/holdout55b)
P=/work/main/.venv/bin/python
B=/work/wt/holdout55b/benchmarks/holdout55b
for e in "$@"; do
  d=$(dirname $B/$e); f=$(basename $e)
  g=$(cd $d && timeout 60 $P -m torchmode.guard $f 2>&1); grc=$?
  p=$(cd $d && timeout 60 $P $f 2>&1); prc=$?
  exp=$(grep -m1 -o 'expect: [a-z]*' $B/$e)
  msg=$(echo "$g" | grep -oE "training mode|TensorWrapper|doesn't have storage|_cudnn_rnn_backward' is not impl" | head -1)
  echo "$e | $exp | guard rc=$grc [$msg] | plain rc=$prc"
  if [ $grc -ne 0 ]; then echo "$g" | /work/main/.venv/bin/python /work/wt/holdout55b/benchmarks/holdout55b/tools/frame.py; fi
  [ $prc -ne 0 ] && echo "$p" | tail -3
done
exit 0
