# expect: clean
"""Bobbiner spool tension: input sensitivity map with torch.func.jacrev."""
import torch
import torch.nn as nn
from torch.func import functional_call, jacrev


class TensionModel(nn.Module):
    def __init__(self, feat=4, hidden=10):
        super().__init__()
        self.rnn = nn.LSTM(feat, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        y, _ = self.rnn(x)
        return self.head(y[:, -1]).squeeze(-1)


def train(model, steps=4):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    for _ in range(steps):
        x, y = torch.randn(5, 8, 4), torch.randn(5)
        loss = (model(x) - y).pow(2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()


def sensitivity(model, x):
    params = {k: v.detach() for k, v in model.named_parameters()}

    def f(inp):
        return functional_call(model, params, (inp.unsqueeze(0),)).squeeze(0)

    # cuDNN kernels have no functorch batching rule; use the native path here
    with torch.backends.cudnn.flags(enabled=False):
        return jacrev(f)(x)


if __name__ == "__main__":
    torch.manual_seed(7)
    model = TensionModel()
    train(model)
    sens = sensitivity(model, torch.randn(8, 4))
    print("per-step sensitivity", sens.abs().sum(-1))
