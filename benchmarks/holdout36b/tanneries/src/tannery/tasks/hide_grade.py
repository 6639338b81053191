import torch
import torch.nn as nn
import torch.nn.functional as F

from tannery.engine import Trainer


class DrumTraceNet(nn.Module):
    def __init__(self, features, hidden, n_classes):
        super().__init__()
        self.proj = nn.Linear(features, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, n_classes)

    def forward(self, x):
        h, _ = self.gru(torch.tanh(self.proj(x)))
        return self.head(h[:, -1])


class HideGradeTrainer(Trainer):
    def build_model(self):
        c = self.cfg
        return DrumTraceNet(c.features, c.hidden, c.n_classes)

    def _batch(self):
        c = self.cfg
        x = torch.randn(c.batch_size, c.steps, c.features)
        y = torch.randint(0, c.n_classes, (c.batch_size,))
        return x, y

    def train_batches(self):
        return [self._batch() for _ in range(self.cfg.n_train_batches)]

    def valid_batches(self):
        return [self._batch() for _ in range(self.cfg.n_valid_batches)]

    def compute_loss(self, batch):
        x, y = batch
        return F.cross_entropy(self.model(x), y)

    def validate(self):
        self.model.eval()
        correct = total = 0
        with torch.no_grad():
            for x, y in self.valid_batches():
                pred = self.model(x).argmax(-1)
                correct += (pred == y).sum().item()
                total += y.numel()
        return {"valid_acc": correct / total}
