import torch
import torch.nn as nn


def fisher_diagonal(model, batches):
    model.eval()
    fisher = {n: torch.zeros_like(p) for n, p in model.named_parameters()}
    for x, y in batches:
        model.zero_grad()
        nn.functional.cross_entropy(model(x), y).backward()  # TM001-here
        for n, p in model.named_parameters():
            fisher[n] += p.grad.detach() ** 2
    return fisher
