# expect: crash
"""Rushlight-dipping defect tagger with virtual adversarial training; the adversarial
direction is a power-iteration step computed with torch.func.vjp."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.func import vjp

torch.manual_seed(8)


class Tagger(nn.Module):
    def __init__(self, d=4, h=8, k=3):
        super().__init__()
        self.rnn = nn.RNN(d, h, batch_first=True, nonlinearity="tanh")
        self.out = nn.Linear(h, k)

    def forward(self, x):
        return self.out(self.rnn(x)[0][:, -1])


def kl(p_logit, q_logit):
    return F.kl_div(F.log_softmax(q_logit, -1), F.softmax(p_logit, -1), reduction="batchmean")


def vat_direction(model, x, xi=1e-2):
    with torch.no_grad():
        clean = model(x)
    d = torch.randn_like(x)
    d = xi * d / d.flatten(1).norm(dim=1).view(-1, 1, 1)
    f = lambda r: kl(clean, model(x + r))
    val, pullback = vjp(f, d)  # TM002-here
    (g,) = pullback(torch.ones_like(val))
    return g / (g.flatten(1).norm(dim=1).view(-1, 1, 1) + 1e-8)


def main():
    model = Tagger()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    x, y = torch.randn(8, 6, 4), torch.randint(0, 3, (8,))
    xu = torch.randn(8, 6, 4)
    for step in range(3):
        r_adv = 0.5 * vat_direction(model, xu).detach()
        with torch.no_grad():
            target = model(xu)
        loss = F.cross_entropy(model(x), y) + kl(target, model(xu + r_adv))
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(f"step {step} loss {loss.item():.4f}")


if __name__ == "__main__":
    main()
