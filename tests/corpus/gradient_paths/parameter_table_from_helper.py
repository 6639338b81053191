# expect: crash
"""Pruning scores |w * dL/dw| in eval mode over a table of prunable weights a helper builds
(`{n: p for n, p in model.named_parameters() if p.dim() > 1}`): the LSTM's matrices are in it, so the gradient runs
the LSTM's backward."""
import torch
from torch import nn


class HurdleNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.weave = nn.LSTM(3, 12, batch_first=True)
        self.head = nn.Sequential(nn.Linear(12, 12), nn.Tanh(), nn.Linear(12, 1))

    def forward(self, rods):
        return self.head(self.weave(rods)[1][0][-1]).squeeze(-1)


def prunable(model):
    return {n: p for n, p in model.named_parameters() if p.dim() > 1}


def sensitivity_scores(model, x, y):
    model.eval()
    params = prunable(model)
    loss = nn.functional.mse_loss(model(x), y)
    grads = torch.autograd.grad(loss, list(params.values()))  # TM001-here
    return {n: (p.detach() * g).abs().sum().item() for (n, p), g in zip(params.items(), grads)}


torch.manual_seed(1)
print(sensitivity_scores(HurdleNet(), torch.randn(6, 9, 3), torch.randn(6)))
