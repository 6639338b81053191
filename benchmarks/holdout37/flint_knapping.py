# expect: crash
"""Adversarial fine-tuning of a flake-sequence classifier restored from a checkpoint.

Each sample is a sequence of strike measurements (angle, force, platform width) taken while a
knapper works a core; the label says whether the core ends up as a blade or a flake core.
"""
import os
import tempfile

import torch
from torch import nn
import torch.nn.functional as F


class StrikeClassifier(nn.Module):
    def __init__(self, n_in=3, hidden=12, n_cls=2):
        super().__init__()
        self.proj = nn.Linear(n_in, hidden)
        self.rnn = nn.LSTM(hidden, hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * hidden, n_cls)

    def forward(self, x):
        h, _ = self.rnn(self.proj(x))
        return self.out(h.mean(1))

    def save(self, path):
        torch.save(self, path)

    @classmethod
    def from_pretrained(cls, path):
        model = torch.load(path, weights_only=False)
        return model.eval()


class AdversarialFineTuner:
    """FGSM-style perturbations on the input sequence, mixed with the clean loss."""

    def __init__(self, model, eps=0.05, lr=1e-3):
        self.model = model
        self.eps = eps
        self.opt = torch.optim.SGD(model.parameters(), lr=lr)

    def perturb(self, x, y):
        x_adv = x.clone().requires_grad_(True)
        with torch.enable_grad():
            loss = F.cross_entropy(self.model(x_adv), y)
            (g,) = torch.autograd.grad(loss, x_adv)  # TM001-here
        return (x + self.eps * g.sign()).detach()

    def step(self, x, y):
        x_adv = self.perturb(x, y)
        loss = 0.5 * (F.cross_entropy(self.model(x), y) + F.cross_entropy(self.model(x_adv), y))
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        return loss.item()


def pretrain(path):
    net = StrikeClassifier()
    opt = torch.optim.Adam(net.parameters(), lr=1e-2)
    for _ in range(3):
        x, y = torch.randn(6, 7, 3), torch.randint(0, 2, (6,))
        loss = F.cross_entropy(net(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    net.eval()
    net.save(path)


def main():
    torch.manual_seed(1)
    tmp = tempfile.mkdtemp()
    ckpt = os.path.join(tmp, "strikes.pt")
    try:
        pretrain(ckpt)
        model = StrikeClassifier.from_pretrained(ckpt)
        tuner = AdversarialFineTuner(model)
        for epoch in range(2):
            x, y = torch.randn(4, 7, 3), torch.randint(0, 2, (4,))
            print("epoch", epoch, "loss", round(tuner.step(x, y), 4))
    finally:
        if os.path.exists(ckpt):
            os.remove(ckpt)
        os.rmdir(tmp)


if __name__ == "__main__":
    main()
