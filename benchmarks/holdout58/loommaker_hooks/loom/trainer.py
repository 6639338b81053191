import torch
import torch.nn.functional as F


class BaseTrainer:
    """Epoch loop with overridable hooks; subclasses customise the hooks."""

    def __init__(self, model, epochs=1, lr=1e-3, patience=3):
        self.model = model
        self.epochs = epochs
        self.patience = patience
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.epoch = 0

    # hooks
    def on_fit_start(self):
        self.model.train()

    def on_epoch_end(self, train_loss):
        pass

    def on_validation_start(self):
        self.model.eval()

    def on_validation_end(self, metrics):
        self.model.train()

    def compute_loss(self, batch):
        x, y = batch
        return F.cross_entropy(self.model(x), y)

    def train_epoch(self, batches):
        total = 0.0
        for batch in batches:
            loss = self.compute_loss(batch)
            self.opt.zero_grad()
            loss.backward()  # TM001-here
            self.opt.step()
            total += loss.item()
        return total / len(batches)

    @torch.no_grad()
    def validate(self, batches):
        self.on_validation_start()
        correct = n = 0
        for x, y in batches:
            correct += (self.model(x).argmax(-1) == y).sum().item()
            n += len(y)
        metrics = {"acc": correct / n}
        self.on_validation_end(metrics)
        return metrics

    def fit(self, train_batches, val_batches):
        self.on_fit_start()
        for self.epoch in range(self.epochs):
            loss = self.train_epoch(train_batches)
            self.on_epoch_end(loss)
            self.validate(val_batches)
