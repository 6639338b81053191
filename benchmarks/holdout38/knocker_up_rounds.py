# expect: crash
"""Knockers-up rounds: which streets' wake-up logs dominate the gradient?

Per-street gradient norms are computed with torch.func.grad over the model's
parameters, then the noisiest streets are dropped before a normal epoch.
"""
import torch
from torch import nn
from torch.func import functional_call, grad


class WakeModel(nn.Module):
    def __init__(self, hidden=6):
        super().__init__()
        self.lstm = nn.LSTM(3, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        seq, _ = self.lstm(x)
        return self.out(seq[:, -1]).squeeze(-1)


def street_logs(n=6):
    x = torch.randn(n, 5, 3)
    return x, x[:, :, 2].mean(1)


def make_loss(model):
    def loss_fn(params, x, y):
        pred = functional_call(model, params, (x.unsqueeze(0),))
        return ((pred - y.unsqueeze(0)) ** 2).mean()
    return loss_fn


def per_street_norms(model, x, y):
    params = {k: v.detach() for k, v in model.named_parameters()}
    g_fn = grad(make_loss(model))
    norms = []
    for i in range(x.shape[0]):
        g = g_fn(params, x[i], y[i])  # TM002-here
        norms.append(torch.sqrt(sum((t ** 2).sum() for t in g.values())).item())
    return norms


def main():
    torch.manual_seed(8)
    model = WakeModel()
    model.train()
    x, y = street_logs()
    norms = per_street_norms(model, x, y)
    keep = sorted(range(len(norms)), key=norms.__getitem__)[: len(norms) - 2]
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    loss = nn.functional.mse_loss(model(x[keep]), y[keep])
    opt.zero_grad()
    loss.backward()
    opt.step()
    print("kept", keep, "loss", round(loss.item(), 4))


if __name__ == "__main__":
    main()
