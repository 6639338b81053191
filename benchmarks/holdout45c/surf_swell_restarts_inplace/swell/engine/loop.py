import torch
import torch.nn.functional as F

from .checkpoint import BestKeeper


class Engine:
    def __init__(self, model, cfg):
        self.model = model
        self.cfg = cfg
        self.lr = cfg["lr"]
        self.opt = torch.optim.SGD(model.parameters(), lr=self.lr)
        self.keeper = BestKeeper()
        self.restarts = 0

    def train_epoch(self, x, y):
        self.opt.zero_grad()
        loss = F.mse_loss(self.model(x), y)
        loss.backward()
        self.opt.step()
        return loss.item()

    def validate(self, x, y):
        self.model.eval()
        with torch.no_grad():
            val = F.mse_loss(self.model(x), y).item()
        self.keeper.observe(val, self.model)
        self.model.train()
        return val

    def _restart_from_best(self):
        self.model = self.keeper.restore(self.model)
        self.lr *= self.cfg["lr_decay"]
        self.opt = torch.optim.SGD(self.model.parameters(), lr=self.lr)
        self.keeper.worse_in_a_row = 0
        self.restarts += 1

    def fit(self, train, val):
        self.model.train()
        for epoch in range(self.cfg["epochs"]):
            loss = self.train_epoch(*train)
            v = self.validate(*val)
            print(f"epoch {epoch} train {loss:.4f} val {v:.4f}")
            if self.keeper.worse_in_a_row > self.cfg["restart_after"]:
                self._restart_from_best()
