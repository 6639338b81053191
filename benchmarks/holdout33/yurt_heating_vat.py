# expect: clean
"""Yurt heating: classify whether a stove load will keep the yurt above 12 C
overnight, from the evening's temperature/humidity trace.

Virtual adversarial training (VAT) on unlabeled nights. For the VAT
perturbation search the wrapper is flagged as not training so the wrapper's
own dropout-on-input path is skipped.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(18)


class StoveNet(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.GRU(2, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 2)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.fc(h[:, -1])


class NoisyInputWrapper(nn.Module):
    """Adds sensor noise to the inputs when self.training is set."""

    def __init__(self, net, sigma=0.05):
        super().__init__()
        self.net = net
        self.sigma = sigma

    def forward(self, x):
        if self.training:
            x = x + self.sigma * torch.randn_like(x)
        return self.net(x)


def kl_logits(p_logits, q_logits):
    p = F.softmax(p_logits, -1)
    return (p * (F.log_softmax(p_logits, -1) - F.log_softmax(q_logits, -1))).sum(-1).mean()


def vat_loss(model, x, xi=1e-2, eps=0.3):
    model.training = False  # skip input noise while searching for r_adv
    with torch.no_grad():
        clean = model(x)
    d = torch.randn_like(x)
    d = xi * d / d.flatten(1).norm(dim=1).view(-1, 1, 1)
    d.requires_grad_(True)
    dist = kl_logits(clean, model(x + d))
    (g,) = torch.autograd.grad(dist, d)
    r_adv = eps * g / (g.flatten(1).norm(dim=1).view(-1, 1, 1) + 1e-8)
    model.training = True
    return kl_logits(clean, model(x + r_adv.detach()))


def nights(n, steps=8):
    x = torch.randn(n, steps, 2)
    y = (x[:, -3:, 0].mean(1) > 0).long()
    return x, y


def main():
    model = NoisyInputWrapper(StoveNet())
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    model.train()
    for step in range(4):
        x, y = nights(4)
        xu, _ = nights(6)
        sup = F.cross_entropy(model(x), y)
        loss = sup + 0.5 * vat_loss(model, xu)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(f"step {step} sup {sup.item():.3f} total {loss.item():.3f}")


if __name__ == "__main__":
    main()
