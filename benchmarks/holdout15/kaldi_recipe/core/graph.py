import re

import torch.nn.functional as F


def forward_model(model_def, nns, inputs):
    """Interpret the [model] section line by line, like pytorch-kaldi's forward_model."""
    outs = dict(inputs)
    for line in model_def.strip().splitlines():
        out_name, expr = [s.strip() for s in line.split("=", 1)]
        op, args = re.match(r"(\w+)\((.*)\)", expr).groups()
        args = [a.strip() for a in args.split(",")]
        if op == "compute":
            outs[out_name] = nns[args[0]](outs[args[1]])
        elif op == "cost_nll":
            logits = nns["out_layer"](outs[args[0]]).reshape(-1, nns["out_layer"].out_features)
            outs[out_name] = F.cross_entropy(logits, outs[args[1]])
    return outs
