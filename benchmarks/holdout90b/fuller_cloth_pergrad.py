# expect: crash
"""Fuller cloth shrinkage: per-sample gradient norms with torch.func.grad."""
import torch
import torch.nn as nn
from torch.func import functional_call, grad


class Shrinkage(nn.Module):
    def __init__(self, feat=3, hidden=8):
        super().__init__()
        self.enc = nn.GRU(feat, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        _, h = self.enc(x)
        return self.out(h[-1]).squeeze(-1)


def per_sample_norms(model, xs, ys):
    params = {k: v.detach() for k, v in model.named_parameters()}

    def loss_one(p, x, y):
        pred = functional_call(model, p, (x.unsqueeze(0),))
        return (pred - y.unsqueeze(0)).pow(2).mean()

    grad_fn = grad(loss_one)
    norms = []
    for x, y in zip(xs, ys):
        g = grad_fn(params, x, y)  # TM002-here
        norms.append(torch.sqrt(sum(v.pow(2).sum() for v in g.values())))
    return torch.stack(norms)


if __name__ == "__main__":
    torch.manual_seed(11)
    model = Shrinkage()
    model.train()
    xs, ys = torch.randn(6, 5, 3), torch.randn(6)
    norms = per_sample_norms(model, xs, ys)
    keep = norms < norms.median() * 3
    print("kept", int(keep.sum()), "of", len(keep))
