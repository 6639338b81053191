# expect: clean
"""Rope-walk tension sequences: semi-supervised GRU classifier with virtual adversarial training."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(7)
XI, EPS = 1e-6, 0.5


class TensionGRU(nn.Module):
    def __init__(self):
        super().__init__()
        self.drop = nn.Dropout(0.2)
        self.gru = nn.GRU(3, 12, batch_first=True, bidirectional=True)
        self.out = nn.Linear(24, 2)

    def forward(self, x):
        h, _ = self.gru(self.drop(x))
        return self.out(h.mean(1))


def l2_normalize(d):
    return d / (d.flatten(1).norm(dim=1).view(-1, 1, 1) + 1e-8)


def vat_loss(model, x):
    model.training = False  # no dropout while searching for the adversarial direction
    with torch.no_grad():
        clean = F.softmax(model(x), -1)
    d = l2_normalize(torch.randn_like(x)).requires_grad_(True)
    adv = F.log_softmax(model(x + XI * d), -1)
    dist = F.kl_div(adv, clean, reduction="batchmean")
    g, = torch.autograd.grad(dist, d)
    r_adv = EPS * l2_normalize(g)
    model.training = True
    return F.kl_div(F.log_softmax(model(x + r_adv), -1), clean, reduction="batchmean")


model = TensionGRU()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
for step in range(3):
    xl, yl = torch.randn(4, 9, 3), torch.randint(0, 2, (4,))
    xu = torch.randn(8, 9, 3)
    loss = F.cross_entropy(model(xl), yl) + vat_loss(model, xu)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(step, round(loss.item(), 4))
