"""BALD acquisition with Monte-Carlo dropout (dropout layers re-enabled at test time)."""
import torch
import torch.nn as nn


def enable_mc_dropout(model):
    model.eval()
    for m in model.modules():
        if isinstance(m, nn.Dropout):
            m.train()


def bald_scores(model, pool_x, n_samples=5):
    enable_mc_dropout(model)
    with torch.no_grad():
        probs = torch.stack([model(pool_x).softmax(-1) for _ in range(n_samples)])
    mean = probs.mean(0)
    entropy = -(mean * mean.clamp_min(1e-8).log()).sum(-1)
    expected = -(probs * probs.clamp_min(1e-8).log()).sum(-1).mean(0)
    return entropy - expected


def select(model, pool_x, k):
    return bald_scores(model, pool_x).topk(k).indices
