import torch
import torch.nn.functional as F


class Trainer:
    def __init__(self, model, cfg):
        self.model = model
        self.cfg = cfg
        self.opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
        self.loss_fn = F.mse_loss
        self.history = []

    def batch(self):
        c = self.cfg
        return torch.randn(c["batch"], c["seq"], c["feat"]), torch.randn(c["batch"], 1)

    def on_epoch_start(self, epoch):
        pass

    def on_epoch_end(self, epoch):
        pass

    def train_step(self):
        x, y = self.batch()
        loss = self.loss_fn(self.model(x), y)
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        return loss.item()

    def fit(self):
        self.model.train()
        for epoch in range(self.cfg["epochs"]):
            self.on_epoch_start(epoch)
            for _ in range(2):
                self.train_step()
            self.on_epoch_end(epoch)
        return self.history
