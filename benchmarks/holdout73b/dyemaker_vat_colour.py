# expect: crash
"""Dyemaker: predict vat colour drift from a spectro time series, with virtual adversarial training."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(1)


class DyeLSTM(nn.Module):
    def __init__(self, n_in=5, hidden=8, n_cls=3):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, batch_first=True)
        self.head = nn.Linear(hidden, n_cls)

    def forward(self, x):
        o, _ = self.rnn(x)
        return self.head(o.mean(1))


def vat_loss(model, x, xi=1e-2, eps=0.5):
    """Perturbation search done with dropout/BN frozen, as VAT papers recommend."""
    model.eval()
    with torch.no_grad():
        p = F.softmax(model(x), dim=1)
    d = torch.randn_like(x)
    d = xi * d / d.norm(dim=(1, 2), keepdim=True)
    d.requires_grad_(True)
    adv = F.kl_div(F.log_softmax(model(x + d), dim=1), p, reduction="batchmean")
    g, = torch.autograd.grad(adv, d)  # TM001-here
    r = eps * g / (g.norm(dim=(1, 2), keepdim=True) + 1e-8)
    model.train()
    return F.kl_div(F.log_softmax(model(x + r.detach()), dim=1), p, reduction="batchmean")


model = DyeLSTM()
opt = torch.optim.SGD(model.parameters(), lr=0.1)
for step in range(3):
    x = torch.randn(4, 7, 5)
    y = torch.randint(0, 3, (4,))
    model.train()
    ce = F.cross_entropy(model(x), y)
    loss = ce + vat_loss(model, torch.randn(4, 7, 5))
    opt.zero_grad()
    loss.backward()
    opt.step()
print("ok")
