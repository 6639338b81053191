import torch
import torch.nn as nn


def enable_mc_dropout(model):
    model.eval()
    for m in model.modules():
        if isinstance(m, nn.Dropout):
            m.train()


def bald(model, x, n_samples=5):
    enable_mc_dropout(model)
    with torch.no_grad():
        probs = torch.stack([model(x).softmax(-1) for _ in range(n_samples)])
    mean = probs.mean(0)
    entropy = -(mean * mean.clamp_min(1e-9).log()).sum(-1)
    expected = -(probs * probs.clamp_min(1e-9).log()).sum(-1).mean(0)
    return entropy - expected


def random_scores(model, x):
    return torch.rand(x.size(0))


STRATEGIES = {"bald": bald, "random": random_scores}
