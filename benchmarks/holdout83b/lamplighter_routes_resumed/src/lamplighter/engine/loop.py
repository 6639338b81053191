import torch
import torch.nn.functional as F


def fake_batch(cfg):
    x = torch.randn(cfg["batch"], cfg["steps"], 3)
    return x, x[:, :, 1].sum(1)


class RouteTrainer:
    def __init__(self, model, cfg):
        self.model = model
        self.cfg = cfg
        self.opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
        self.best = float("inf")
        self.best_state = None

    # hooks -----------------------------------------------------------
    def on_epoch_start(self, epoch):
        pass

    def on_validation_end(self, val_loss):
        pass

    # loop ------------------------------------------------------------
    def validate(self):
        self.model.eval()
        with torch.no_grad():
            x, y = fake_batch(self.cfg)
            val = F.mse_loss(self.model(x), y).item()
        self.on_validation_end(val)
        return val

    def train_step(self, x, y):
        loss = F.smooth_l1_loss(self.model(x), y)
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        return loss.item()

    def fit(self):
        for epoch in range(self.cfg["epochs"]):
            self.model.train()
            self.on_epoch_start(epoch)
            for b in range(self.cfg["batches"]):
                self.train_step(*fake_batch(self.cfg))
                if (b + 1) % self.cfg["val_every"] == 0:
                    self.validate()
