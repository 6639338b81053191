import torch
import torch.nn.functional as F

from .rollback import Rollback


class Trainer:
    def __init__(self, model, cfg):
        self.cfg = cfg
        self.model = model
        self.guard = Rollback(model)
        self._new_optimizer()

    def _new_optimizer(self):
        self.opt = torch.optim.Adam(self.model.parameters(), lr=self.cfg["lr"])

    def _validate(self, val):
        self.model.eval()
        with torch.no_grad():
            losses = [F.binary_cross_entropy_with_logits(self.model(x), y).item() for x, y in val]
        score = sum(losses) / len(losses)
        improved = self.guard.offer(score)
        self.model.train()
        return score, improved

    def fit(self, train, val):
        log = []
        self.model.train()
        for epoch in range(self.cfg["epochs"]):
            if epoch and epoch % self.cfg["restart_from_best_every"] == 0:
                self.model = self.guard.restore()
                self.guard.model = self.model
                self._new_optimizer()
            total = 0.0
            for x, y in train:
                self.opt.zero_grad()
                loss = F.binary_cross_entropy_with_logits(self.model(x), y)
                loss.backward()  # TM001-here
                self.opt.step()
                total += loss.item()
            score, improved = self._validate(val)
            log.append({"epoch": epoch, "train": round(total, 4), "val": round(score, 4), "best": improved})
        return log
