# expect: clean
"""Fletcher (arrow maker): flight-wobble classification from shaft accelerometer traces,
semi-supervised with virtual adversarial training.

The VAT helper switches only the dropout layers to eval so they do not perturb the clean prediction.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(19)


class ShaftNet(nn.Module):
    def __init__(self, hidden=10):
        super().__init__()
        self.rnn = nn.LSTM(3, hidden, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.fc = nn.Linear(hidden, 2)

    def forward(self, x):
        o, _ = self.rnn(x)
        return self.fc(self.drop(o[:, -1]))


def _l2_normalise(d):
    return d / (d.flatten(1).norm(dim=1).view(-1, 1, 1) + 1e-8)


def set_dropout(model, active):
    for m in model.modules():
        if isinstance(m, nn.Dropout):
            m.train(active)


def vat_loss(model, x, xi=1e-6, eps=1.0):
    set_dropout(model, False)
    with torch.no_grad():
        p = F.softmax(model(x), -1)
    d = _l2_normalise(torch.randn_like(x)).requires_grad_(True)
    adv = F.kl_div(F.log_softmax(model(x + xi * d), -1), p, reduction="batchmean")
    adv.backward()
    r_adv = eps * _l2_normalise(d.grad.detach())
    model.zero_grad()
    set_dropout(model, True)
    return F.kl_div(F.log_softmax(model(x + r_adv), -1), p, reduction="batchmean")


def main(steps=3):
    model = ShaftNet()
    opt = torch.optim.Adam(model.parameters(), lr=0.01)
    for step in range(steps):
        xl, yl = torch.randn(4, 6, 3), torch.randint(0, 2, (4,))
        xu = torch.randn(8, 6, 3)
        model.train()
        sup = F.cross_entropy(model(xl), yl)
        unsup = vat_loss(model, xu)
        opt.zero_grad()
        (sup + unsup).backward()
        opt.step()
        print(step, round(sup.item(), 4), round(unsup.item(), 4))


if __name__ == "__main__":
    main()
