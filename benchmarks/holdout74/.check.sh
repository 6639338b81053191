#!/bin/bash
# usage: .check.sh <dir-or-file> ...  ; runs guard and plain python on the entry
PY=/work/main/.venv/bin/python
cd /work/wt/holdout74/benchmarks/holdout74
for t in "$@"; do
  if [ -d "$t" ]; then dir=$t; entry=$(grep -l '^# expect:' $t/*.py | head -1); entry=$(basename $entry); else dir=$(dirname $t); entry=$(basename $t); fi
  lab=$(grep -m1 '^# expect:' $dir/$entry | awk '{print $3}')
  g=$(cd $dir && timeout 60 $PY -m torchmode.guard $entry 2>&1); grc=$?
  p=$(cd $dir && timeout 60 $PY $entry 2>&1); prc=$?
  if echo "$g" | grep -q "can only be called in training mode"; then gl=crash; elif [ $grc = 0 ]; then gl=clean; else gl="ERR"; fi
  if [ -d "$t" ]; then mk=$(grep -rn "TM00[123]-here" $dir --include=*.py | wc -l); mloc=$(grep -rn "TM00[123]-here" $dir --include=*.py | cut -d: -f1,2); else mk=$(grep -c "TM00[123]-here" $t); mloc=$t:$(grep -n "TM00[123]-here" $t | cut -d: -f1); fi
  # innermost own frame
  inner=$(echo "$g" | grep '  File "' | grep -v 'site-packages\|/torchmode/\|<frozen\|/usr/lib' | tail -1)
  iloc=$(echo "$inner" | sed -E 's/.*File "([^"]*)", line ([0-9]+).*/\1:\2/' | sed "s#^$PWD/##"); case "$iloc" in "$dir"/*) ;; *) iloc=$dir/$iloc;; esac; iloc=${iloc#./}
  ok=OK; [ "$lab" != "$gl" ] && ok=LABELBAD; [ $prc != 0 ] && ok=PLAINBAD; if [ "$gl" = crash ]; then [ "$mk" = 1 ] && [ "$mloc" = "$iloc" ] || ok="$ok MARKBAD($mloc vs $iloc)"; else [ "$mk" = 0 ] || ok="$ok MARKBAD"; fi
  echo "$ok $t expect=$lab guard=$gl plain_rc=$prc markers=$mk"
  if [ "$gl" = ERR ] || [ $prc != 0 ]; then echo "$g" | tail -5; echo "$p" | tail -5; fi
done
