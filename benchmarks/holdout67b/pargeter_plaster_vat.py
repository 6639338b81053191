# expect: crash
"""Pargeter plaster cure: classify cure stages from humidity traces; semi-supervised
with virtual adversarial training on the unlabelled traces."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(11)


class CureRNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.RNN(2, 8, batch_first=True)
        self.fc = nn.Linear(8, 3)

    def forward(self, x):
        return self.fc(self.rnn(x)[0][:, -1])


def l2_normalise(d):
    return d / (d.flatten(1).norm(dim=1).view(-1, 1, 1) + 1e-8)


def vat_direction(model, x, xi=1e-6):
    # a stable reference distribution: dropout off while the perturbation is searched
    model.eval()
    with torch.no_grad():
        p = F.softmax(model(x), -1)
    d = l2_normalise(torch.randn_like(x)).requires_grad_(True)
    q = F.log_softmax(model(x + xi * d), -1)
    adv = F.kl_div(q, p, reduction="batchmean")
    (g,) = torch.autograd.grad(adv, d)  # TM001-here
    model.train()
    return l2_normalise(g), p


def vat_loss(model, x, eps=0.5):
    r, p = vat_direction(model, x)
    return F.kl_div(F.log_softmax(model(x + eps * r), -1), p, reduction="batchmean")


model = CureRNN()
opt = torch.optim.Adam(model.parameters(), 1e-2)
for it in range(3):
    xl, yl = torch.randn(4, 6, 2), torch.randint(0, 3, (4,))
    xu = torch.randn(8, 6, 2)
    model.train()
    loss = F.cross_entropy(model(xl), yl) + vat_loss(model, xu)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(it, round(loss.item(), 4))
