# expect: crash
"""Florist stock: predict vase-life (days) from hourly humidity/temperature.

Per-bouquet gradient norms are computed with torch.func.grad over
functional_call, one bouquet at a time, to flag outliers before the
optimiser step.  The model stays in train mode throughout.
"""
import torch
import torch.nn as nn
from torch.func import functional_call, grad

torch.manual_seed(2)


class VaseLife(nn.Module):
    def __init__(self):
        super().__init__()
        self.enc = nn.LSTM(2, 8, batch_first=True)
        self.fc = nn.Linear(8, 1)

    def forward(self, x):
        out, (h, c) = self.enc(x)
        return self.fc(h[-1]).squeeze(-1)


def sample_loss(params, buffers, model, x, y):
    pred = functional_call(model, (params, buffers), (x.unsqueeze(0),))
    return (pred - y.unsqueeze(0)).pow(2).mean()


def per_sample_norms(model, xb, yb):
    params = {k: v.detach() for k, v in model.named_parameters()}
    buffers = {k: v for k, v in model.named_buffers()}
    g_fn = grad(sample_loss)
    norms = []
    for x, y in zip(xb, yb):
        g = g_fn(params, buffers, model, x, y)  # TM002-here
        norms.append(torch.sqrt(sum(t.pow(2).sum() for t in g.values())))
    return torch.stack(norms)


def main():
    model = VaseLife().train()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for step in range(3):
        xb, yb = torch.randn(5, 12, 2), torch.rand(5) * 10
        norms = per_sample_norms(model, xb, yb)
        keep = norms <= norms.median() * 3
        loss = (model(xb[keep]) - yb[keep]).pow(2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(step, round(loss.item(), 3), int(keep.sum()))


if __name__ == "__main__":
    main()
