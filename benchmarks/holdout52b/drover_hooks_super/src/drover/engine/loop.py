"""A small trainer with overridable hooks."""
import torch
import torch.nn.functional as F


class BaseTrainer:
    def __init__(self, model, config):
        self.model = model
        self.config = config
        self.optimizer = torch.optim.Adam(model.parameters(), lr=config["lr"])
        self.history = []

    # ---- hooks -------------------------------------------------------
    def on_epoch_start(self, epoch):
        self.model.train()

    def on_epoch_end(self, epoch, logs):
        self.history.append(logs)

    def on_validation_end(self, epoch, logs):
        pass

    # ---- steps -------------------------------------------------------
    def compute_loss(self, batch):
        x, y = batch
        return F.mse_loss(self.model(x), y)

    def training_step(self, batch):
        loss = self.compute_loss(batch)
        self.optimizer.zero_grad()
        loss.backward()
        self.optimizer.step()
        return loss.item()

    @torch.no_grad()
    def validate(self, loader):
        self.model.eval()
        losses = [self.compute_loss(b).item() for b in loader]
        return sum(losses) / len(losses)

    def fit(self, train_loader, val_loader):
        for epoch in range(self.config["epochs"]):
            self.on_epoch_start(epoch)
            losses = [self.training_step(b) for b in train_loader]
            logs = {"epoch": epoch, "train_mse": sum(losses) / len(losses)}
            logs["val_mse"] = self.validate(val_loader)
            self.on_validation_end(epoch, logs)
            self.on_epoch_end(epoch, logs)
        return self.history
