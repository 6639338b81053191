# expect: clean
"""Broom squires: heather-bundle density regressor with a saliency map over the binding sequence.

Saliency is computed with torch.func in eval mode, with cuDNN switched off for the transform.
"""
import torch
from torch import nn
from torch.func import grad


class BundleGRU(nn.Module):
    def __init__(self, hidden=6):
        super().__init__()
        self.gru = nn.GRU(3, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.out(h[:, -1]).sum()


def saliency(model, x):
    model.eval()
    with torch.backends.cudnn.flags(enabled=False):
        g = grad(lambda inp: model(inp))(x)
    return g.abs().sum(-1)


def main():
    torch.manual_seed(5)
    model = BundleGRU()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    x = torch.randn(4, 6, 3)
    y = x.sum((1, 2))
    for _ in range(3):
        loss = (model(x) - y.sum()) ** 2
        opt.zero_grad()
        loss.backward()
        opt.step()
    print(saliency(model, x[:1]))


if __name__ == "__main__":
    main()
