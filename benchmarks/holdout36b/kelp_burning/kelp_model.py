"""Kelp-burning ash quality: model and helpers shared by the notebook."""
import torch
import torch.nn as nn


class AshQualityNet(nn.Module):
    def __init__(self, n_in=3, hidden=8, n_classes=3, p_drop=0.2):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, batch_first=True)
        self.drop = nn.Dropout(p_drop)
        self.head = nn.Linear(hidden, n_classes)

    def forward(self, x):
        _, h = self.rnn(x)
        return self.head(self.drop(h[-1]))


def predictive_entropy(model, x, n_samples=4):
    """Uncertainty score for active learning: entropy of the mean softmax."""
    model.eval()
    with torch.no_grad():
        probs = torch.stack([model(x).softmax(-1) for _ in range(n_samples)]).mean(0)
    return -(probs * probs.clamp_min(1e-9).log()).sum(-1)


def make_pool(n, steps=7, n_in=3, seed=0):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, steps, n_in, generator=g)
    y = (x[:, :, 0].sum(1) > 0).long() + (x[:, :, 1].sum(1) > 1).long()
    return x, y
