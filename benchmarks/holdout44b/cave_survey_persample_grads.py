# expect: crash
"""Cave-survey station classification (passage / chamber / sump) from a GRU over
laser-distance sweeps, with per-sample gradient norms used to flag suspicious
survey legs before each epoch (torch.func.grad over functional_call).
"""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.func import functional_call, grad

torch.manual_seed(2)


class SweepNet(nn.Module):
    def __init__(self, beams=6, hidden=8, classes=3):
        super().__init__()
        self.gru = nn.GRU(beams, hidden, batch_first=True)
        self.head = nn.Linear(hidden, classes)

    def forward(self, x):
        _, h = self.gru(x)
        return self.head(h[-1])


def per_sample_norms(model, xs, ys):
    params = {k: v.detach() for k, v in model.named_parameters()}

    def loss_one(p, x, y):
        logits = functional_call(model, p, (x.unsqueeze(0),))
        return F.cross_entropy(logits, y.unsqueeze(0))

    g_fn = grad(loss_one)
    norms = []
    for x, y in zip(xs, ys):
        g = g_fn(params, x, y)  # TM002-here
        norms.append(torch.sqrt(sum((v ** 2).sum() for v in g.values())))
    return torch.stack(norms)


def main():
    xs = torch.randn(16, 9, 6)
    ys = torch.randint(0, 3, (16,))
    model = SweepNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for epoch in range(2):
        model.train()
        norms = per_sample_norms(model, xs, ys)
        keep = norms <= norms.quantile(0.9)
        loss = F.cross_entropy(model(xs[keep]), ys[keep])
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(epoch, int(keep.sum()), round(loss.item(), 4))


if __name__ == "__main__":
    main()
