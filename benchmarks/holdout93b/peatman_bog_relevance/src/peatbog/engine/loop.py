import torch
import torch.nn.functional as F


class Trainer:
    """Minimal trainer: train epoch -> on_epoch_end -> validation -> on_validation_end."""

    def __init__(self, model, lr=0.01, max_epochs=1):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.max_epochs = max_epochs
        self.history = []

    # hooks -------------------------------------------------------------
    def on_epoch_end(self, epoch, train_loss):
        pass

    def on_validation_end(self, epoch, val_batch, val_acc):
        pass

    # loop --------------------------------------------------------------
    def train_epoch(self, batches):
        self.model.train()
        total = 0.0
        for x, y in batches:
            loss = F.cross_entropy(self.model(x), y)
            self.opt.zero_grad()
            loss.backward()
            self.opt.step()
            total += loss.item()
        return total / len(batches)

    def validate(self, batches):
        self.model.eval()
        correct = n = 0
        with torch.no_grad():
            for x, y in batches:
                correct += (self.model(x).argmax(-1) == y).sum().item()
                n += len(y)
        return correct / n

    def fit(self, train_batches, val_batches):
        for epoch in range(self.max_epochs):
            train_loss = self.train_epoch(train_batches)
            self.on_epoch_end(epoch, train_loss)
            acc = self.validate(val_batches)
            self.on_validation_end(epoch, val_batches[0], acc)
            self.history.append({"epoch": epoch, "loss": round(train_loss, 4), "val_acc": acc})
        return self.history
