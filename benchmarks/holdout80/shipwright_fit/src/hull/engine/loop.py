import torch
import torch.nn.functional as F

from .metrics import mean_abs


class Trainer:
    def __init__(self, model, cfg):
        self.model = model
        self.cfg = cfg
        self.opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
        self.history = []

    def validate(self, loader, limit=None):
        self.model.eval()
        errs = []
        with torch.no_grad():
            for i, (x, y) in enumerate(loader):
                if limit is not None and i >= limit:
                    break
                errs.append(mean_abs(self.model(x), y))
        return sum(errs) / max(len(errs), 1)

    def sanity_check(self, val_loader):
        return self.validate(val_loader, limit=self.cfg["sanity_batches"])

    def training_step(self, batch):
        x, y = batch
        loss = F.mse_loss(self.model(x), y)
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()

    def fit(self, train_loader, val_loader):
        self.sanity_check(val_loader)
        for epoch in range(self.cfg["epochs"]):
            losses = [self.training_step(b) for b in train_loader]
            val = self.validate(val_loader)
            self.history.append({"epoch": epoch, "loss": sum(losses) / len(losses), "val": val})
        return self.history
