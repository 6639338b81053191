# expect: crash
"""The same scores with the head-only flag off in the settings: the helper runs the whole eval-mode model with grad,
and the backward runs through the GRU."""
import torch
import torch.nn.functional as F
from torch import nn

CONFIG = {"score_head_only": False, "prune_frac": 0.3}


class Scorer(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(4, 8, batch_first=True)
        self.head = nn.Linear(8, 3)

    def features(self, x):
        return self.gru(x)[0][:, -1]

    def forward(self, x):
        return self.head(self.features(x))


def prune_scores(model, batch, head_only=False):
    x, y = batch
    if head_only:
        with torch.no_grad():
            feats = model.features(x)
        loss = F.cross_entropy(model.head(feats), y)
    else:
        loss = F.cross_entropy(model(x), y)
    loss.backward()  # TM001-here
    return {n: (p * p.grad).abs() for n, p in model.named_parameters() if p.grad is not None}


def merge_config(**overrides):
    cfg = dict(CONFIG)
    cfg.update(overrides)
    return cfg


model = Scorer().eval()
cfg = merge_config(prune_frac=0.5)
scores = prune_scores(model, (torch.randn(2, 5, 4), torch.tensor([0, 2])), head_only=cfg["score_head_only"])
print(sorted(scores))
