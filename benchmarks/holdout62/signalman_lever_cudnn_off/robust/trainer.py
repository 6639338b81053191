import torch
import torch.nn.functional as F


class AdversarialTrainer:
    def __init__(self, model, attack, lr=1e-2):
        self.model = model
        self.attack = attack
        self.opt = torch.optim.SGD(model.parameters(), lr=lr, momentum=0.9)

    def step(self, x, y):
        self.model.train()
        x_adv = self.attack(x, y)
        logits = self.model(torch.cat([x, x_adv]))
        loss = F.cross_entropy(logits, torch.cat([y, y]))
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        return loss.item()

    def fit(self, batches):
        return [self.step(x, y) for x, y in batches]
