# expect: crash
# category: hyperparameter-search
"""Tune the fine-tuning learning rate / head size for a pretrained GRU encoder.

The pretrained encoder is built and sanity-checked once at import time; each trial fine-tunes a copy."""
import copy
import torch
import torch.nn as nn
import torch.nn.functional as F
from tuner.study import create_study

torch.manual_seed(0)


class Encoder(nn.Module):
    def __init__(self, d=5, hidden=12):
        super().__init__()
        self.gru = nn.GRU(d, hidden, num_layers=2, batch_first=True, dropout=0.1)

    def forward(self, x):
        return self.gru(x)[1][-1]


PRETRAINED = Encoder()
PRETRAINED.eval()
with torch.no_grad():
    print("pretrained feature norm", PRETRAINED(torch.randn(2, 6, 5)).norm().item())

TRAIN = [(torch.randn(4, 6, 5), torch.randint(0, 2, (4,))) for _ in range(2)]
VALID = [(torch.randn(4, 6, 5), torch.randint(0, 2, (4,)))]


def objective(trial):
    lr = trial.suggest_float("lr", 1e-4, 1e-1, log=True)
    head_dim = trial.suggest_categorical("head_dim", [4, 8])
    encoder = copy.deepcopy(PRETRAINED)
    head = nn.Sequential(nn.Linear(12, head_dim), nn.ReLU(), nn.Linear(head_dim, 2))
    opt = torch.optim.Adam(list(encoder.parameters()) + list(head.parameters()), lr=lr)
    head.train()
    for x, y in TRAIN:
        loss = F.cross_entropy(head(encoder(x)), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    encoder.eval()
    head.eval()
    with torch.no_grad():
        return sum(F.cross_entropy(head(encoder(x)), y).item() for x, y in VALID)


study = create_study(direction="minimize")
study.optimize(objective, n_trials=3)
print("best", study.best_params)
