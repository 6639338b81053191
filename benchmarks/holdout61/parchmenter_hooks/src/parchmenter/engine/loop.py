import torch
import torch.nn.functional as F


class BaseLoop:
    """Runs epochs; validation every `val_every` steps, with hooks for subclasses."""

    def __init__(self, model, cfg):
        self.model = model
        self.cfg = cfg
        self.opt = torch.optim.SGD(model.parameters(), lr=cfg.get("lr", 0.05))
        self.step = 0
        self.metrics = {}

    # hooks -------------------------------------------------------------
    def on_validation_start(self):
        self.model.eval()

    def on_validation_end(self, val_loss):
        self.model.train()

    def on_epoch_end(self, epoch):
        pass

    # core --------------------------------------------------------------
    def validate(self, val):
        self.on_validation_start()
        with torch.no_grad():
            loss = sum(F.mse_loss(self.model(x), y).item() for x, y in val) / len(val)
        self.on_validation_end(loss)
        return loss

    def training_step(self, x, y):
        self.opt.zero_grad()
        loss = F.mse_loss(self.model(x), y)
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()

    def run(self, train, val):
        self.model.train()
        for epoch in range(self.cfg["epochs"]):
            for x, y in train:
                self.training_step(x, y)
                self.step += 1
                if self.step % self.cfg["val_every"] == 0:
                    self.metrics[self.step] = self.validate(val)
            self.on_epoch_end(epoch)
        return self.metrics
