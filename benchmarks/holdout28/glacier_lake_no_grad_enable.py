# expect: crash
"""Glacial lake outburst: an @torch.no_grad() evaluator that re-enables grad for an input-saliency map."""
import torch
from torch import nn


class Outburst(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 8, batch_first=True)
        self.p = nn.Linear(8, 1)

    def forward(self, x):
        return torch.sigmoid(self.p(self.lstm(x)[0][:, -1]))


@torch.no_grad()
def evaluate(model, x):
    model.eval()
    probs = model(x)
    with torch.enable_grad():
        xi = x.clone().requires_grad_(True)
        model(xi).sum().backward()  # TM001-here
        saliency = xi.grad.abs().sum(-1)
    return probs, saliency


p, s = evaluate(Outburst(), torch.randn(3, 6, 4))
print(p.squeeze(-1), s.shape)
