import torch
import torch.nn.functional as F

from .metrics import accuracy


class Trainer:
    def __init__(self, model, lr=1e-3, sanity_val=False):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.sanity_val = sanity_val

    @torch.no_grad()
    def validate(self, batches):
        self.model.eval()
        accs = [accuracy(self.model(x), y) for x, y in batches]
        return sum(accs) / len(accs)

    def train_epoch(self, batches):
        total = 0.0
        for x, y in batches:
            loss = F.cross_entropy(self.model(x), y)
            self.opt.zero_grad()
            loss.backward()  # TM001-here
            self.opt.step()
            total += loss.item()
        return total / len(batches)

    def fit(self, train, val, epochs=1):
        self.model.train()
        hist = []
        if self.sanity_val:
            hist.append(("sanity", self.validate(val)))
        for ep in range(epochs):
            hist.append((ep, self.train_epoch(train), self.validate(val)))
        return hist
