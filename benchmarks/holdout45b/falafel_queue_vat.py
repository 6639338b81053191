# expect: crash
"""Falafel stall queue: classify rush / calm from till-event sequences with VAT.

Virtual adversarial training: the adversarial direction is found on the
model's clean predictions. The `_power_iteration` helper puts the model in eval
so that dropout does not change the reference distribution, then differentiates
the KL with respect to the perturbation.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(7)


class TillNet(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(3, hidden, batch_first=True, bidirectional=True)
        self.drop = nn.Dropout(0.3)
        self.fc = nn.Linear(2 * hidden, 2)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.fc(self.drop(h.mean(1)))


def _l2_normalise(d):
    return d / (d.flatten(1).norm(dim=1).view(-1, 1, 1) + 1e-8)


def _power_iteration(model, x, xi=1e-6, iters=1):
    model.eval()
    with torch.no_grad():
        ref = F.softmax(model(x), dim=-1)
    d = _l2_normalise(torch.randn_like(x))
    for _ in range(iters):
        d.requires_grad_(True)
        adv = F.log_softmax(model(x + xi * d), dim=-1)
        dist = F.kl_div(adv, ref, reduction="batchmean")
        grad = torch.autograd.grad(dist, d)[0]  # TM001-here
        d = _l2_normalise(grad.detach())
    model.train()
    return d, ref


def vat_loss(model, x, eps=0.5):
    d, ref = _power_iteration(model, x)
    adv = F.log_softmax(model(x + eps * d), dim=-1)
    return F.kl_div(adv, ref, reduction="batchmean")


def main():
    model = TillNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for step in range(3):
        x_l = torch.randn(4, 9, 3)
        y_l = (x_l[..., 0].mean(1) > 0).long()
        x_u = torch.randn(6, 9, 3)
        model.train()
        sup = F.cross_entropy(model(x_l), y_l)
        loss = sup + 0.3 * vat_loss(model, x_u)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(step, round(loss.item(), 4))


if __name__ == "__main__":
    main()
