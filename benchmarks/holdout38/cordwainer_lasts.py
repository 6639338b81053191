# expect: clean
"""Cordwainers' last fitting: a GRU scores gait traces; a gradient-norm penalty on the
input (double backward) keeps it smooth. The penalised forward runs with cuDNN off."""
import torch
from torch import nn


class GaitScore(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.gru = nn.GRU(3, hidden, batch_first=True)
        self.lin = nn.Linear(hidden, 2)

    def forward(self, x):
        out, _ = self.gru(x)
        return self.lin(out.mean(1))


def gait(n=4, t=7):
    x = torch.randn(n, t, 3)
    return x, (x[:, :, 2].mean(1) > 0).long()


def smooth_loss(model, x, y, lam=0.1):
    x = x.clone().requires_grad_(True)
    logits = model(x)
    ce = nn.functional.cross_entropy(logits, y)
    (g,) = torch.autograd.grad(ce, x, create_graph=True)
    return ce + lam * g.pow(2).sum() / x.shape[0]


def main():
    torch.manual_seed(19)
    model = GaitScore()
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    model.train()
    for step in range(3):
        x, y = gait()
        with torch.backends.cudnn.flags(enabled=False):
            loss = smooth_loss(model, x, y)
            opt.zero_grad()
            loss.backward()
        opt.step()
        print("step", step, round(loss.item(), 4))
    model.eval()
    with torch.no_grad():
        x, y = gait()
        print("acc", (model(x).argmax(1) == y).float().mean().item())


if __name__ == "__main__":
    main()
