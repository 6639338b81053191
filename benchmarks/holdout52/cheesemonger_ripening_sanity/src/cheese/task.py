import torch
import torch.nn as nn
import torch.nn.functional as F


class RipeningNet(nn.Module):
    def __init__(self, sensors, hidden, stages):
        super().__init__()
        self.proj = nn.Linear(sensors, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True, bidirectional=True)
        self.drop = nn.Dropout(0.1)
        self.cls = nn.Linear(2 * hidden, stages)

    def forward(self, x):
        h, _ = self.gru(F.gelu(self.proj(x)))
        return self.cls(self.drop(h.mean(1)))


class RipeningTask(nn.Module):
    """Lightning-style task: the trainer calls the *_step hooks."""

    def __init__(self, sensors, hidden, stages, lr):
        super().__init__()
        self.net = RipeningNet(sensors, hidden, stages)
        self.lr = lr

    def forward(self, x):
        return self.net(x)

    def training_step(self, batch):
        x, y = batch
        return F.cross_entropy(self(x), y)

    def validation_step(self, batch):
        x, y = batch
        logits = self(x)
        return {"loss": F.cross_entropy(logits, y).item(), "correct": (logits.argmax(-1) == y).sum().item(), "n": len(y)}

    def configure_optimizers(self):
        return torch.optim.AdamW(self.parameters(), lr=self.lr)
