# expect: clean
"""Plumber's leak detector: pressure-transducer sequences from a pipe network, labelled
leak / no-leak for a few loggers only. Semi-supervised with virtual adversarial
training (VAT). The clean target is taken with dropout off; the mode is restored after."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(21)


class LeakNet(nn.Module):
    def __init__(self, hidden=12):
        super().__init__()
        self.rnn = nn.LSTM(3, hidden, num_layers=2, dropout=0.2, batch_first=True)
        self.drop = nn.Dropout(0.3)
        self.cls = nn.Linear(hidden, 2)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.cls(self.drop(out[:, -1]))


def _l2_normalize(d):
    return d / (d.flatten(1).norm(dim=1).view(-1, 1, 1) + 1e-8)


def vat_loss(model, x, xi=1e-6, eps=1.0):
    was_training = model.training
    model.eval()  # deterministic clean predictions as the VAT target
    with torch.no_grad():
        target = F.softmax(model(x), dim=-1)
    model.train(was_training)
    d = _l2_normalize(torch.randn_like(x)).requires_grad_(True)
    adv = F.kl_div(F.log_softmax(model(x + xi * d), -1), target, reduction="batchmean")
    (grad_d,) = torch.autograd.grad(adv, d)
    r_adv = eps * _l2_normalize(grad_d.detach())
    return F.kl_div(F.log_softmax(model(x + r_adv), -1), target, reduction="batchmean")


def main():
    model = LeakNet()
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    xl, yl = torch.randn(4, 10, 3), torch.randint(0, 2, (4,))
    for step in range(4):
        xu = torch.randn(6, 10, 3)
        model.train()
        sup = F.cross_entropy(model(xl), yl)
        loss = sup + 0.5 * vat_loss(model, xu)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(f"step {step} sup {sup.item():.3f} total {loss.item():.3f}")


if __name__ == "__main__":
    main()
