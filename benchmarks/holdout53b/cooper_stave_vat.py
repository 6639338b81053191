# expect: crash
"""Cooper stave-fit classifier with virtual adversarial training on unlabelled barrels.
The VAT helper follows the usual recipe of computing the adversarial direction with the model in
eval mode ("so BN statistics are not touched"); the power-iteration gradient w.r.t. the
perturbation then runs back through the eval-mode GRU.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(6)


class StaveNet(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.GRU(3, hidden, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(2 * hidden, 2)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.fc(h.mean(1))


def _l2n(d):
    return d / (d.flatten(1).norm(dim=1).view(-1, 1, 1) + 1e-8)


def vat_loss(model, x, xi=1e-6, eps=1.0):
    model.eval()
    with torch.no_grad():
        p = F.softmax(model(x), dim=-1)
    d = _l2n(torch.randn_like(x)).requires_grad_(True)
    kl = F.kl_div(F.log_softmax(model(x + xi * d), dim=-1), p, reduction="batchmean")
    (gd,) = torch.autograd.grad(kl, d)  # TM001-here
    r_adv = eps * _l2n(gd.detach())
    lds = F.kl_div(F.log_softmax(model(x + r_adv), dim=-1), p, reduction="batchmean")
    return lds


def main():
    model = StaveNet()
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    xl, yl = torch.randn(4, 6, 3), torch.randint(0, 2, (4,))
    xu = torch.randn(8, 6, 3)
    for step in range(2):
        model.train()
        sup = F.cross_entropy(model(xl), yl)
        lds = vat_loss(model, xu)
        loss = sup + lds
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(step, sup.item(), lds.item())


if __name__ == "__main__":
    main()
