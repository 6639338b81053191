# expect: crash
"""Semi-supervised grading of woven hurdles from strain-gauge sequences with virtual adversarial training."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class HurdleGrader(nn.Module):
    def __init__(self, n_in=3, hidden=12, n_grades=4):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.fc = nn.Linear(hidden, n_grades)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.fc(self.drop(h[:, -1]))


class EvalMode:
    """Switches a module to eval on enter and restores its previous mode on exit."""

    def __init__(self, module):
        self.module = module

    def __enter__(self):
        self.was_training = self.module.training
        self.module.eval()
        return self.module

    def __exit__(self, *exc):
        self.module.train(self.was_training)
        return False


def _l2_normalise(d):
    return d / (d.flatten(1).norm(dim=1).view(-1, 1, 1) + 1e-8)


def vat_loss(model, x, xi=1e-2, eps=0.5, n_power=1):
    # dropout off while probing the local smoothness
    with EvalMode(model):
        with torch.no_grad():
            p_clean = F.softmax(model(x), dim=-1)
        d = _l2_normalise(torch.randn_like(x))
        for _ in range(n_power):
            d.requires_grad_(True)
            adv_dist = F.kl_div(F.log_softmax(model(x + xi * d), -1), p_clean, reduction="batchmean")
            (g,) = torch.autograd.grad(adv_dist, d)  # TM001-here
            d = _l2_normalise(g.detach())
    r_adv = eps * d
    return F.kl_div(F.log_softmax(model(x + r_adv), -1), p_clean, reduction="batchmean")


def main():
    torch.manual_seed(8)
    model = HurdleGrader()
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    model.train()
    for step in range(3):
        xl, yl = torch.randn(4, 9, 3), torch.randint(0, 4, (4,))
        xu = torch.randn(8, 9, 3)
        loss = F.cross_entropy(model(xl), yl) + vat_loss(model, xu)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(step, round(loss.item(), 4))


if __name__ == "__main__":
    main()
