# expect: clean
"""Barrel stave fit: virtual adversarial training. The VAT helper computes the adversarial direction with the model
in eval mode ("so the statistics are not touched"), but runs its forwards with cuDNN off, so neither its own
power-iteration gradient nor the caller's backward through the loss it returns needs cuDNN's RNN backward."""
import torch
import torch.nn.functional as F
from torch import nn


class StaveNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 8, batch_first=True)
        self.fc = nn.Linear(8, 2)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.fc(h.mean(1))


def unit(d):
    return d / (d.flatten(1).norm(dim=1).view(-1, 1, 1) + 1e-8)


def vat_loss(model, x, xi=1e-6, eps=1.0):
    model.eval()
    with torch.no_grad():
        p = F.softmax(model(x), dim=-1)
    d = unit(torch.randn_like(x)).requires_grad_(True)
    with torch.backends.cudnn.flags(enabled=False):
        kl = F.kl_div(F.log_softmax(model(x + xi * d), dim=-1), p, reduction="batchmean")
        (g,) = torch.autograd.grad(kl, d)
        r_adv = eps * unit(g.detach())
        return F.kl_div(F.log_softmax(model(x + r_adv), dim=-1), p, reduction="batchmean")


def main():
    torch.manual_seed(6)
    model = StaveNet()
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    xl, yl = torch.randn(4, 6, 3), torch.randint(0, 2, (4,))
    xu = torch.randn(8, 6, 3)
    for step in range(2):
        model.train()
        loss = F.cross_entropy(model(xl), yl) + vat_loss(model, xu)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(step, loss.item())


if __name__ == "__main__":
    main()
