# expect: crash
"""Hospital triage from vital-sign sequences, trained with virtual adversarial training.

The VAT term finds the adversarial direction on the current prediction distribution. To keep
dropout from perturbing that distribution, the author switches the model to eval while
searching the direction and to train again for the supervised step.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(4)


class TriageNet(nn.Module):
    def __init__(self, n_vitals=5, hidden=12, n_levels=4):
        super().__init__()
        self.norm = nn.LayerNorm(n_vitals)
        self.lstm = nn.LSTM(n_vitals, hidden, batch_first=True, bidirectional=True)
        self.drop = nn.Dropout(0.3)
        self.out = nn.Linear(2 * hidden, n_levels)

    def forward(self, x):
        o, _ = self.lstm(self.norm(x))
        return self.out(self.drop(o.mean(dim=1)))


def _l2_normalise(d):
    return d / (d.flatten(1).norm(dim=1).view(-1, 1, 1) + 1e-8)


def vat_loss(model, x, xi=1e-6, eps=1.0):
    model.eval()
    with torch.no_grad():
        p = F.softmax(model(x), dim=1)
    d = _l2_normalise(torch.randn_like(x)).requires_grad_(True)
    logp_hat = F.log_softmax(model(x + xi * d), dim=1)
    adv_dist = F.kl_div(logp_hat, p, reduction="batchmean")
    grad_d, = torch.autograd.grad(adv_dist, d)  # TM001-here
    r_adv = eps * _l2_normalise(grad_d)
    model.train()
    logp_adv = F.log_softmax(model(x + r_adv), dim=1)
    return F.kl_div(logp_adv, p, reduction="batchmean")


def main():
    model = TriageNet()
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    for step in range(4):
        model.train()
        x = torch.randn(6, 9, 5)
        y = torch.randint(0, 4, (6,))
        ce = F.cross_entropy(model(x), y)
        loss = ce + 0.5 * vat_loss(model, torch.randn(6, 9, 5))
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(f"step {step} loss {loss.item():.3f}")


if __name__ == "__main__":
    main()
