# expect: crash
"""Saddlery: per-stitch tension traces -> seam failure risk. Per-example gradient
norms (computed one example at a time with torch.func.grad) pick out the stitches
the model finds hardest, for a re-inspection queue."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.func import grad, functional_call

torch.manual_seed(5)


class SeamRisk(nn.Module):
    def __init__(self, hid=6):
        super().__init__()
        self.gru = nn.GRU(1, hid, batch_first=True)
        self.fc = nn.Linear(hid, 1)

    def forward(self, x):
        return self.fc(self.gru(x)[1][-1]).squeeze(-1)


def traces(n, t=10):
    x = torch.randn(n, t, 1).cumsum(1) * 0.2
    y = (x.abs().max(1).values.squeeze(-1) > 0.6).float()
    return x, y


def per_example_grad_norms(model, x, y):
    params = {k: v.detach() for k, v in model.named_parameters()}

    def loss_fn(p, xi, yi):
        logit = functional_call(model, p, (xi.unsqueeze(0),))
        return F.binary_cross_entropy_with_logits(logit, yi.unsqueeze(0))

    g_fn = grad(loss_fn)
    norms = []
    for i in range(x.size(0)):
        g = g_fn(params, x[i], y[i])  # TM002-here
        norms.append(torch.sqrt(sum((v ** 2).sum() for v in g.values())))
    return torch.stack(norms)


def main():
    model = SeamRisk()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for epoch in range(3):
        x, y = traces(8)
        loss = F.binary_cross_entropy_with_logits(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(f"epoch {epoch} loss {loss.item():.4f}")
    x, y = traces(5)
    norms = per_example_grad_norms(model, x, y)
    print("re-inspect stitches:", norms.argsort(descending=True)[:2].tolist())


if __name__ == "__main__":
    main()
