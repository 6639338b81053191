import torch
import torch.nn.functional as F


class Trainer:
    """Minimal trainer with overridable hooks."""

    def __init__(self, model, lr=1e-2, epochs=3):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.epochs = epochs
        self.history = []

    # ---- hooks -------------------------------------------------------
    def on_epoch_start(self, epoch):
        pass

    def on_validation_end(self, epoch, metrics):
        self.history.append(metrics)
        self.model.train()

    # ---- loops -------------------------------------------------------
    def train_epoch(self, batches):
        total = 0.0
        for x, y in batches:
            loss = F.cross_entropy(self.model(x), y)
            self.opt.zero_grad()
            loss.backward()  # TM001-here
            self.opt.step()
            total += loss.item()
        return total / max(1, len(batches))

    @torch.no_grad()
    def validate(self, batches):
        self.model.eval()
        correct = n = 0
        for x, y in batches:
            correct += (self.model(x).argmax(-1) == y).sum().item()
            n += y.numel()
        return {"acc": correct / max(1, n)}

    def fit(self, train_batches, val_batches):
        self.model.train()
        for epoch in range(self.epochs):
            self.on_epoch_start(epoch)
            loss = self.train_epoch(train_batches)
            metrics = self.validate(val_batches)
            metrics["loss"] = loss
            self.on_validation_end(epoch, metrics)
        return self.history
