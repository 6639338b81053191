import torch
import torch.nn as nn
import torch.nn.functional as F


class LitLike(nn.Module):
    """A hand-rolled LightningModule look-alike."""

    def training_step(self, batch, idx):
        raise NotImplementedError

    def validation_step(self, batch, idx):
        raise NotImplementedError

    def configure_optimizers(self):
        raise NotImplementedError


class DistillModule(LitLike):
    def __init__(self, student, teacher, emb, alpha=0.5, T=2.0):
        super().__init__()
        self.student, self.teacher, self.emb = student, teacher, emb
        self.alpha, self.T = alpha, T
        for name, p in self.teacher.named_parameters():
            if not name.startswith("emb."):
                p.requires_grad_(False)

    def train(self, mode=True):
        super().train(mode)
        self.teacher.eval()  # the teacher always runs deterministically
        return self

    def training_step(self, batch, idx):
        x, y = batch
        s = self.student(x)
        t = self.teacher(x)
        kd = F.kl_div(F.log_softmax(s / self.T, -1), F.softmax(t / self.T, -1), reduction="batchmean")
        return self.alpha * kd * self.T ** 2 + (1 - self.alpha) * F.cross_entropy(s, y)

    def validation_step(self, batch, idx):
        x, y = batch
        return (self.student(x).argmax(-1) == y).float().mean()

    def configure_optimizers(self):
        return torch.optim.Adam([p for p in self.parameters() if p.requires_grad], lr=1e-2)
