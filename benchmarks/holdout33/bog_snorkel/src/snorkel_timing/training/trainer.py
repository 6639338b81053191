import torch
import torch.nn.functional as F

from ..utils import InferenceMode


def swims(n=4, lengths=6):
    x = torch.randn(n, lengths, 3)
    y = 60 + 3 * x[:, :, 0].mean(1) - 2 * x[:, :, 2].mean(1)
    return x, y


class SnorkelTrainer:
    def __init__(self, model, rehearsal_weight=0.1, lr=1e-2):
        self.model = model
        self.w = rehearsal_weight
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)

    def train_steps(self, n=3):
        self.model.train()
        for _ in range(n):
            x, y = swims()
            loss = F.mse_loss(self.model(x), y / 60)
            self.opt.zero_grad()
            loss.backward()
            self.opt.step()
        return loss.item()

    def rehearsal(self):
        x, y = swims(n=2)
        with InferenceMode(self.model) as m:
            pred = m(x)
            rehearsal_loss = F.mse_loss(pred, y / 60)
        # mode is restored here, so the update should be a normal training step
        self.opt.zero_grad()
        (self.w * rehearsal_loss).backward()  # TM001-here
        self.opt.step()
        return rehearsal_loss.item()

    def run_epoch(self, epoch):
        return {"epoch": epoch, "train": round(self.train_steps(), 4),
                "rehearsal": round(self.rehearsal(), 4)}
