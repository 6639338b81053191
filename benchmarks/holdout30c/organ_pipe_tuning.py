# expect: crash
"""Organ-pipe tuning: per-pipe sensitivity of a pitch-drift LSTM computed with torch.func.grad."""
import torch
from torch import nn
from torch.func import functional_call, grad


class DriftModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(2, 6, batch_first=True)
        self.out = nn.Linear(6, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h[:, -1]).squeeze(-1)


def pipe_loss(params, model, x, y):
    pred = functional_call(model, params, (x,))
    return ((pred - y) ** 2).mean()


def sensitivities(model, x, y):
    params = {k: v.detach() for k, v in model.named_parameters()}
    grads = grad(pipe_loss)(params, model, x, y)  # TM002-here
    return {k: g.norm().item() for k, g in grads.items()}


if __name__ == "__main__":
    torch.manual_seed(3)
    model = DriftModel()
    x, y = torch.randn(4, 5, 2), torch.randn(4)
    sens = sensitivities(model, x, y)
    print(sorted(sens.items(), key=lambda kv: -kv[1])[:2])
