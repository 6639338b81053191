import os, re, subprocess, sys, glob
TAG = "# exp" + "ect:"
PY="/work/main/.venv/bin/python"
root=os.getcwd()
entries=[]
for f in sorted(glob.glob("*.py")):
    if TAG in open(f).read():
        entries.append((".", f))
for d in sorted(glob.glob("*/")):
    for f in sorted(glob.glob(d+"*.py")):
        if TAG in open(f).read():
            entries.append((d.rstrip("/"), os.path.basename(f)))
bad=0; counts={}
for d,e in entries:
    path=os.path.join(root,d,e)
    exp=re.search(re.escape(TAG) + r" (\w+)", open(path).read()).group(1)
    g=subprocess.run([PY,"-m","torchmode.guard",e],cwd=os.path.join(root,d),capture_output=True,text=True,timeout=120)
    p=subprocess.run([PY,e],cwd=os.path.join(root,d),capture_output=True,text=True,timeout=120)
    out=g.stdout+g.stderr
    if "can only be called in training mode" in out: lab="crash"
    elif g.returncode==0: lab="clean"
    else: lab="OTHER"
    # markers
    files=[path] if d=="." else [os.path.join(r,x) for r,_,fs in os.walk(os.path.join(root,d)) for x in fs if x.endswith(".py")]
    marks=[(f,i+1) for f in files for i,l in enumerate(open(f)) if re.search(r"TM00\d-here",l)]
    frames=[(m.group(1),int(m.group(2))) for m in re.finditer(r'File "([^"]+)", line (\d+)',out)]
    own=[(os.path.normpath(os.path.join(root,d,f)),n) for f,n in frames if "site-packages" not in f and "/torchmode/" not in f and "/lib/python" not in f and not f.startswith("<")]
    ok = lab==exp and p.returncode==0
    if exp=="crash":
        ok = ok and len(marks)==1 and own and (os.path.normpath(marks[0][0]),marks[0][1])==own[-1]
    else:
        ok = ok and len(marks)==0
    counts[(exp,lab)]=counts.get((exp,lab),0)+1
    print(("OK " if ok else "BAD"), d+"/"+e, exp, lab, "plain", p.returncode, marks and os.path.relpath(marks[0][0],root)+":"+str(marks[0][1]))
    bad+= not ok
print(counts, "bad", bad, "n", len(entries))
