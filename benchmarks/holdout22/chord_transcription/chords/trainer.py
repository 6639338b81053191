import torch
import torch.nn.functional as F


class Trainer:
    def __init__(self, model, data, lr=1e-2):
        self.model, self.data = model, data
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)

    def _step(self, x, y):
        loss = F.cross_entropy(self.model(x).flatten(0, 1), y.flatten())
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        return float(loss)

    def train_epoch(self):
        self.model.train()
        losses = [self._step(x, y) for x, y in self.data.batches()]
        return sum(losses) / len(losses)

    def evaluate(self):
        self.model.eval()
        try:
            with torch.no_grad():
                hits = [(self.model(x).argmax(-1) == y).float().mean() for x, y in self.data.batches()]
            return float(torch.stack(hits).mean())
        finally:
            self.model.train()

    def finetune_on_errors(self):
        self.model.eval()
        with torch.no_grad():
            wrong = [(x, y) for x, y in self.data.batches() if (self.model(x).argmax(-1) != y).any()]
        self.model.train()
        for x, y in wrong[:2]:
            self._step(x, y)
