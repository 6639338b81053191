import torch
import torch.nn.functional as F


class Trainer:
    """Minimal epoch loop with overridable hooks."""

    def __init__(self, model, cfg):
        self.model = model
        self.cfg = cfg
        self.opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
        self.history = []

    # hooks -------------------------------------------------------------
    def on_epoch_start(self, epoch):
        pass

    def on_validation_end(self, epoch, metrics):
        pass

    def on_epoch_end(self, epoch, metrics):
        self.history.append(dict(epoch=epoch, **metrics))

    # loop --------------------------------------------------------------
    def training_step(self, x, y):
        self.opt.zero_grad()
        loss = F.cross_entropy(self.model(x), y)
        loss.backward()
        self.opt.step()
        return loss.item()

    @torch.no_grad()
    def validate(self, loader):
        self.model.eval()
        hits = n = 0
        for x, y in loader:
            hits += (self.model(x).argmax(-1) == y).sum().item()
            n += len(y)
        return {"val_acc": hits / n}

    def fit(self, train_dl, val_dl):
        for epoch in range(self.cfg["epochs"]):
            self.model.train()
            self.on_epoch_start(epoch)
            losses = [self.training_step(x, y) for x, y in train_dl]
            metrics = self.validate(val_dl)
            metrics["loss"] = sum(losses) / len(losses)
            self.on_validation_end(epoch, metrics)
            self.on_epoch_end(epoch, metrics)
        return self.history
