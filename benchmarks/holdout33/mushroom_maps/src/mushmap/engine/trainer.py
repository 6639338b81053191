import torch
import torch.nn.functional as F


class Trainer:
    """Minimal trainer with overridable hooks."""

    def __init__(self, model, lr=1e-3):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.history = []

    # hooks -----------------------------------------------------------------
    def on_epoch_start(self, epoch):
        pass

    def on_validation_end(self, epoch, metrics, val_batches):
        pass

    def on_epoch_end(self, epoch, metrics):
        self.history.append(dict(epoch=epoch, **metrics))

    # loops -----------------------------------------------------------------
    def train_epoch(self, batches):
        self.model.train()
        total = 0.0
        for x, y in batches:
            loss = F.mse_loss(self.model(x), y)
            self.opt.zero_grad()
            loss.backward()
            self.opt.step()
            total += loss.item()
        return total / len(batches)

    @torch.no_grad()
    def validate(self, batches):
        self.model.eval()
        errs = [F.l1_loss(self.model(x), y).item() for x, y in batches]
        return sum(errs) / len(errs)

    def fit(self, train_batches, val_batches, epochs=1):
        for epoch in range(epochs):
            self.on_epoch_start(epoch)
            metrics = {"train_mse": round(self.train_epoch(train_batches), 4)}
            metrics["val_mae"] = round(self.validate(val_batches), 4)
            self.on_validation_end(epoch, metrics, val_batches)
            self.on_epoch_end(epoch, metrics)
        return self.history
