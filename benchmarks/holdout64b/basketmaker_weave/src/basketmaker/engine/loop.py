import torch
import torch.nn.functional as F


class Trainer:
    def __init__(self, model, cfg, callbacks=()):
        self.model = model
        self.cfg = cfg
        self.callbacks = list(callbacks)
        self.opt = torch.optim.Adam(model.parameters(), lr=cfg["optim"]["lr"])
        self.history = []

    # hooks -------------------------------------------------------------
    def on_epoch_end(self, epoch):
        for cb in self.callbacks:
            cb.on_epoch_end(self, epoch)

    def on_validation_end(self, batch):
        for cb in self.callbacks:
            cb.on_validation_end(self, batch)

    # phases ------------------------------------------------------------
    def train_epoch(self, batches):
        self.model.train()
        total = 0.0
        for x, y in batches:
            self.opt.zero_grad()
            loss = F.cross_entropy(self.model(x), y)
            loss.backward()
            self.opt.step()
            total += loss.item()
        return total / len(batches)

    @torch.no_grad()
    def validate(self, batches):
        self.model.eval()
        correct = 0
        for x, y in batches:
            correct += (self.model(x).argmax(-1) == y).sum().item()
        return correct, batches[0]

    def fit(self, train_batches, val_batches):
        for epoch in range(self.cfg["epochs"]):
            self.history.append(self.train_epoch(train_batches))
            _, probe = self.validate(val_batches)
            self.on_validation_end(probe)
            self.on_epoch_end(epoch)
