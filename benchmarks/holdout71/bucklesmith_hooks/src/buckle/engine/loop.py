import torch
from torch import nn


class Trainer:
    """Minimal epoch loop with overridable hooks."""

    def __init__(self, model, config):
        self.model = model
        self.config = config
        self.opt = torch.optim.SGD(model.parameters(), lr=config.get("lr", 0.05))
        self.loss_fn = nn.MSELoss()
        self.metrics = {"train": [], "val": []}

    # hooks -------------------------------------------------------------
    def on_epoch_start(self, epoch):
        pass

    def on_epoch_end(self, epoch):
        pass

    def on_validation_end(self, epoch, val_loss):
        pass

    # phases ------------------------------------------------------------
    def training_step(self, batch):
        x, y = batch
        loss = self.loss_fn(self.model(x), y)
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()

    def validate(self, loader, epoch):
        self.model.eval()
        with torch.no_grad():
            losses = [self.loss_fn(self.model(x), y).item() for x, y in loader]
        val = sum(losses) / len(losses)
        self.metrics["val"].append(val)
        self.on_validation_end(epoch, val)

    def fit(self, train_loader, val_loader):
        self.model.train()
        for epoch in range(self.config["epochs"]):
            self.on_epoch_start(epoch)
            self.metrics["train"].append(sum(self.training_step(b) for b in train_loader) / len(train_loader))
            self.validate(val_loader, epoch)
            self.on_epoch_end(epoch)
        return self.metrics
