# expect: crash
"""Lighthouse lens rotation: predict the clockwork period deviation of a rotating
Fresnel lens from weight-drive position and mercury-bath temperature, then report
per-timestep sensitivities (d period / d input) with torch.func.
"""
import torch
import torch.nn as nn
from torch.func import functional_call, jacrev

torch.manual_seed(21)
T, F_IN, H = 8, 3, 6


class LensPeriod(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(F_IN, H)
        self.lin = nn.Linear(H, 1)

    def forward(self, x):  # x: (T, B, F)
        y, _ = self.lstm(x)
        return self.lin(y[-1]).squeeze(-1)


def train(model, n=20):
    opt = torch.optim.Adam(model.parameters(), 5e-3)
    for _ in range(n):
        x = torch.randn(T, 4, F_IN)
        y = x[..., 0].mean(0) - 0.5 * x[..., 2].mean(0)
        loss = (model(x) - y).pow(2).mean()
        opt.zero_grad(); loss.backward(); opt.step()


def sensitivity(model, x):
    params = {k: v.detach() for k, v in model.named_parameters()}

    def period_of(inp):
        return functional_call(model, params, (inp.unsqueeze(1),)).sum()

    return jacrev(period_of)(x)  # TM002-here


if __name__ == "__main__":
    m = LensPeriod()
    train(m)
    m.train()
    sens = sensitivity(m, torch.randn(T, F_IN))
    print("per-step sensitivity", sens.abs().sum(-1))
