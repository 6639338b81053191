import itertools

import torch


def cal_loss(source, estimate_source, source_lengths):
    C = source.size(1)
    losses = []
    for perm in itertools.permutations(range(C)):
        losses.append(((estimate_source[:, list(perm)] - source) ** 2).mean(dim=(1, 2)))
    return torch.stack(losses, 1).min(1).values.mean()
