import torch
from torch import nn


class AdversarialTrainer:
    def __init__(self, model, attack, lr=5e-3):
        self.model = model
        self.attack = attack
        self.opt = torch.optim.SGD(model.parameters(), lr=lr, momentum=0.9)
        self.crit = nn.CrossEntropyLoss()

    def step(self, x, y):
        x_adv = self.attack.perturb(x, y)
        logits = self.model(torch.cat([x, x_adv]))
        loss = self.crit(logits, torch.cat([y, y]))
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        return float(loss)
