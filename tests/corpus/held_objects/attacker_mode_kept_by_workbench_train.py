# expect: clean
"""A workbench keeps an attacker it builds itself, `PGDAttacker(model, 0.05, model_mode="train")`; the attacker's
perturb() runs `self.model.train(self.model_mode == "train")` before its input gradient. The workbench asks for
"train" mode, so the attack's gradient goes through a train-mode GRU."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(3, 4, batch_first=True)
        self.fc = nn.Linear(4, 2)

    def forward(self, x):
        return self.fc(self.rnn(x)[0][:, -1])


class PGDAttacker:
    def __init__(self, model, eps, model_mode="train"):
        self.model = model
        self.eps = eps
        self.model_mode = model_mode

    def perturb(self, x, y):
        self.model.train(self.model_mode == "train")
        delta = torch.zeros_like(x).requires_grad_(True)
        loss = F.cross_entropy(self.model(x + delta), y)
        (g,) = torch.autograd.grad(loss, delta)
        return (x + g).detach()


class Workbench:
    def __init__(self, model):
        self.model = model
        self.attacker = PGDAttacker(model, 0.05, model_mode="train")

    def run(self, x, y):
        x_adv = self.attacker.perturb(x, y)
        F.cross_entropy(self.model(x_adv), y).backward()


w = Workbench(Net())
w.attacker.perturb(torch.randn(2, 5, 3), torch.tensor([0, 1]))
