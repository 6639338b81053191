# expect: clean
"""Hop-grower bine growth classifier with virtual adversarial training (VAT).

The adversarial direction is found with the wrapper flagged not-training (the flag
only, children untouched); the perturbation step needs a gradient through the GRU.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(2)


class BineNet(nn.Module):
    def __init__(self, d=3, h=10, k=4):
        super().__init__()
        self.gru = nn.GRU(d, h, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.cls = nn.Linear(h, k)

    def forward(self, x):
        _, h = self.gru(x)
        return self.cls(self.drop(h[-1]))


def _l2norm(d):
    return d / (d.flatten(1).norm(dim=1).view(-1, 1, 1) + 1e-8)


def vat_loss(model, x, xi=1e-3, eps=0.5):
    with torch.no_grad():
        p = F.softmax(model(x), -1)
    d = _l2norm(torch.randn_like(x)).requires_grad_(True)
    adv = F.kl_div(F.log_softmax(model(x + xi * d), -1), p, reduction="batchmean")
    (g,) = torch.autograd.grad(adv, d)
    r_adv = eps * _l2norm(g)
    return F.kl_div(F.log_softmax(model(x + r_adv), -1), p, reduction="batchmean")


def run():
    net = BineNet()
    opt = torch.optim.Adam(net.parameters(), 5e-3)
    xl, yl = torch.randn(4, 9, 3), torch.randint(0, 4, (4,))
    xu = torch.randn(6, 9, 3)
    for step in range(3):
        net.train()
        sup = F.cross_entropy(net(xl), yl)
        net.training = False
        unsup = vat_loss(net, xu)
        loss = sup + unsup
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(step, round(loss.item(), 4))


if __name__ == "__main__":
    run()
