"""A small trainer with overridable hooks, used by the dene-hole survey notebooks."""
import torch


class Trainer:
    def __init__(self, model, optimizer, loss_fn, train_data, valid_data):
        self.model = model
        self.optimizer = optimizer
        self.loss_fn = loss_fn
        self.train_data = train_data
        self.valid_data = valid_data
        self.history = []

    # ---- hooks ---------------------------------------------------------
    def on_epoch_start(self, epoch):
        self.model.train()

    def on_epoch_end(self, epoch, logs):
        self.history.append(logs)

    def train_step(self, batch):
        x, y = batch
        self.optimizer.zero_grad()
        loss = self.loss_fn(self.model(x), y)
        loss.backward()  # TM001-here
        self.optimizer.step()
        return loss.item()

    def valid_step(self, batch):
        x, y = batch
        return self.loss_fn(self.model(x), y).item()

    # ---- driver --------------------------------------------------------
    def validate(self):
        self.model.eval()
        with torch.no_grad():
            losses = [self.valid_step(b) for b in self.valid_data]
        return sum(losses) / len(losses)

    def fit(self, epochs):
        for epoch in range(epochs):
            self.on_epoch_start(epoch)
            losses = [self.train_step(b) for b in self.train_data]
            logs = {"epoch": epoch, "train": sum(losses) / len(losses), "valid": self.validate()}
            self.on_epoch_end(epoch, logs)
        return self.history
