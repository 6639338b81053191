import torch
import torch.nn.functional as F


class BaseTrainer:
    def __init__(self, model, lr=1e-3, epochs=1):
        self.model = model
        self.epochs = epochs
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.history = []

    def batches(self, n=3):
        for _ in range(n):
            yield torch.randn(5, 7, 6), torch.randint(0, 2, (5,))

    def loss(self, batch):
        x, y = batch
        return F.cross_entropy(self.model(x), y, reduction="none")

    def train_epoch(self):
        self.model.train()
        for batch in self.batches():
            loss = self.loss(batch).mean()
            self.opt.zero_grad()
            loss.backward()
            self.opt.step()
        return loss.item()

    def validate(self):
        self.model.eval()
        per_example, kept = [], []
        with torch.no_grad():
            for batch in self.batches(2):
                per_example.append(self.loss(batch))
                kept.append(batch)
        self.on_validation_end(kept, torch.cat(per_example))
        return torch.cat(per_example).mean().item()

    # hooks -------------------------------------------------------------
    def on_validation_end(self, batches, losses):
        pass

    def on_epoch_end(self, epoch, train_loss, val_loss):
        self.history.append((epoch, round(train_loss, 4), round(val_loss, 4)))

    def fit(self):
        for epoch in range(self.epochs):
            tr = self.train_epoch()
            va = self.validate()
            self.on_epoch_end(epoch, tr, va)
        return self.history
