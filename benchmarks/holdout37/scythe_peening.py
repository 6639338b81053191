# expect: clean
"""Scythe-peening wear classifier with double backprop (input-gradient penalty), cuDNN off for the step.

Each sample is the hammer trace along one blade edge; the label says whether the edge needs re-peening.
 The penalty on the input gradient keeps the classifier smooth across traces.
"""
import torch
from torch import nn
import torch.nn.functional as F


class BladeNet(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.gru = nn.GRU(2, hidden, batch_first=True)
        self.cls = nn.Linear(hidden, 2)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.cls(h[:, -1])


class DoubleBackpropStep:
    def __init__(self, model, lam=0.1, lr=1e-2):
        self.model = model
        self.lam = lam
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)

    def __call__(self, x, y):
        self.model.train()
        x = x.requires_grad_(True)
        with torch.backends.cudnn.flags(enabled=False):
            ce = F.cross_entropy(self.model(x), y)
            (gx,) = torch.autograd.grad(ce, x, create_graph=True)
            loss = ce + self.lam * gx.pow(2).sum(dim=(1, 2)).mean()
            self.opt.zero_grad()
            loss.backward()
        self.opt.step()
        return ce.item(), loss.item()


def edges(n=6, steps=12):
    x = torch.randn(n, steps, 2)
    y = (x[:, :, 1].abs().mean(1) > 0.8).long()
    return x, y


def main():
    torch.manual_seed(2)
    step = DoubleBackpropStep(BladeNet())
    for epoch in range(3):
        x, y = edges()
        ce, total = step(x, y)
        print(f"epoch {epoch} ce {ce:.4f} total {total:.4f}")


if __name__ == "__main__":
    main()
