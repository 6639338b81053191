import json, sys
nb = json.load(open(sys.argv[1]))
src = []
for c in nb["cells"]:
    if c["cell_type"] != "code":
        continue
    lines = "".join(c["source"]).splitlines()
    src.append("\n".join(l for l in lines if not l.lstrip().startswith(("%", "!"))))
code = "\n\n".join(src)
open(sys.argv[2], "w").write(code)
