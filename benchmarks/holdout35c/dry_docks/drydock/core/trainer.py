import torch.nn.functional as F


class HullTrainer:
    def __init__(self, ctx):
        self.ctx = ctx
        self.model = ctx.model  # the same object the inspection tools reach via ctx.model
        self.opt = ctx.optimizer

    def _ensure_mode(self):
        # only switch when the context says we left training
        if not self.ctx.flags["training"]:
            self.model.train()
            self.ctx.flags["training"] = True

    def train_shift(self, gauges, stress):
        self._ensure_mode()
        for x, y in zip(gauges, stress):
            self.opt.zero_grad()
            loss = F.mse_loss(self.model(x), y)
            loss.backward()  # TM001-here
            self.opt.step()
        self.ctx.flags["shift"] += 1
        return loss.item()
