import torch
import torch.nn as nn
import torch.nn.functional as F

from scrim.task import Task


class ScrimshawTask(Task):
    def __init__(self, n_in, hidden, n_styles, lr):
        super().__init__()
        self.lr = lr
        self.encoder = nn.LSTM(n_in, hidden, batch_first=True, bidirectional=True)
        self.classifier = nn.Linear(2 * hidden, n_styles)
        self.val_acc_history = []

    def forward(self, x):
        out, _ = self.encoder(x)
        return self.classifier(out.mean(dim=1))

    def configure_optimizers(self):
        return torch.optim.AdamW(self.parameters(), lr=self.lr)

    def training_step(self, batch, batch_idx):
        x, y = batch
        return F.cross_entropy(self(x), y)

    def validation_step(self, batch, batch_idx):
        x, y = batch
        pred = self(x).argmax(-1)
        return (pred == y).float().sum().item(), len(y)

    def on_validation_end(self, outputs):
        correct = sum(c for c, _ in outputs)
        total = sum(n for _, n in outputs)
        self.val_acc_history.append(correct / max(1, total))
        super().on_validation_end(outputs)
