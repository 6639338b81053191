import torch
from torch.nn import functional as F


class Trainer:
    def __init__(self, model, optimizer, callbacks=()):
        self.model = model
        self.optimizer = optimizer
        self.callbacks = list(callbacks)

    def swap_model(self, new_model):
        self.model = new_model
        self.optimizer = type(self.optimizer)(new_model.parameters(), **self.optimizer.defaults)

    def train_step(self, x, y):
        loss = F.mse_loss(self.model(x), y)
        self.optimizer.zero_grad()
        loss.backward()  # TM001-here
        self.optimizer.step()
        return loss.item()

    def validate(self, data, batch_size):
        was_training = self.model.training
        self.model.eval()
        total, n = 0.0, 0
        with torch.no_grad():
            for x, y in data.batches(batch_size):
                total += F.mse_loss(self.model(x), y, reduction="sum").item()
                n += len(y)
        metric = total / n
        for cb in self.callbacks:
            cb.on_validation_end(self, metric)
        self.model.train(was_training)
        return metric

    def fit(self, train_data, val_data, epochs=3, batch_size=4):
        self.model.train()
        history = []
        for epoch in range(epochs):
            for x, y in train_data.batches(batch_size):
                self.train_step(x, y)
            history.append(self.validate(val_data, batch_size))
            for cb in self.callbacks:
                cb.on_epoch_end(self, epoch)
            # force a plateau so the rollback path runs in this tiny demo
            if epoch == 0:
                for cb in self.callbacks:
                    cb.best = -1.0
        return history
