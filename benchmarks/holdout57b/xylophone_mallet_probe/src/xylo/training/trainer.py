import torch
import torch.nn as nn
import torch.nn.functional as F

from .mixins import EvaluateMixin


class ProbeTrainer(EvaluateMixin):
    def __init__(self, model, cfg):
        self.model = model
        self.cfg = cfg

    def pretrain(self, loader):
        self.model.train()
        opt = torch.optim.Adam(self.model.parameters(), lr=self.cfg["lr"])
        for x, y in loader:
            loss = F.cross_entropy(self.model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()

    def linear_probe(self, train_loader, val_loader):
        for p in self.model.parameters():
            p.requires_grad_(False)
        head = nn.Linear(self.model.hidden, self.cfg["classes"])
        opt = torch.optim.SGD(head.parameters(), lr=0.1)
        self.evaluate(val_loader)  # baseline with the pretraining head; leaves eval mode on
        for x, y in train_loader:
            feats = self.model.features(x)
            loss = F.cross_entropy(head(feats), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
        return self.evaluate(val_loader, head=head)
