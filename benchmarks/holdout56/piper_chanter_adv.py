# expect: crash
"""Piper chanter fingering classifier with adversarial training.

The attacker is built with the model and puts it into inference mode when constructed,
the way many attack libraries do, so that dropout is off while perturbations are searched.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(5)


class ChanterNet(nn.Module):
    def __init__(self, n_feat=4, hidden=8, n_notes=9):
        super().__init__()
        self.rnn = nn.GRU(n_feat, hidden, num_layers=2, dropout=0.2, batch_first=True)
        self.cls = nn.Linear(hidden, n_notes)

    def forward(self, x):
        _, h = self.rnn(x)
        return self.cls(h[-1])


class SignAttack:
    def __init__(self, model, eps=0.05, steps=2):
        self.model = model
        self.eps = eps
        self.steps = steps
        self.model.eval()

    def perturb(self, x, y):
        delta = torch.zeros_like(x, requires_grad=True)
        for _ in range(self.steps):
            loss = F.cross_entropy(self.model(x + delta), y)
            g, = torch.autograd.grad(loss, delta)  # TM001-here
            delta = (delta + self.eps * g.sign()).clamp(-self.eps, self.eps).detach().requires_grad_(True)
        return (x + delta).detach()


def main():
    model = ChanterNet()
    attack = SignAttack(model)
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    for step in range(4):
        x, y = torch.randn(6, 10, 4), torch.randint(0, 9, (6,))
        x_adv = attack.perturb(x, y)
        model.train()
        loss = F.cross_entropy(model(torch.cat([x, x_adv])), torch.cat([y, y]))
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(step, round(loss.item(), 4))


if __name__ == "__main__":
    main()
