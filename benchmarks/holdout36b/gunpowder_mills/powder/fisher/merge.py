import copy

import torch


@torch.no_grad()
def fisher_merge(models, fishers, eps=1e-8):
    merged = copy.deepcopy(models[0])
    for name, p in merged.named_parameters():
        num = sum(f[name] * dict(m.named_parameters())[name] for m, f in zip(models, fishers))
        den = sum(f[name] for f in fishers) + eps
        p.copy_(num / den)
    return merged.eval()
