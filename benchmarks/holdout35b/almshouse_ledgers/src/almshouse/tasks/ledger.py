"""Ledger anomaly task: a BiLSTM over entries, with input-gradient saliency logged
after every validation pass."""
import torch
import torch.nn as nn
import torch.nn.functional as F

from ..engine import Trainer


class LedgerNet(nn.Module):
    def __init__(self, feat=5, hidden=10):
        super().__init__()
        self.lstm = nn.LSTM(feat, hidden, batch_first=True, bidirectional=True)
        self.cls = nn.Linear(2 * hidden, 2)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.cls(h.max(1).values)


class LedgerTrainer(Trainer):
    def __init__(self, hidden=10, lr=1e-3, max_epochs=1):
        self.hidden, self.lr = hidden, lr
        self._last_batch = None
        super().__init__(max_epochs=max_epochs)

    def configure_model(self):
        return LedgerNet(hidden=self.hidden)

    def configure_optimizer(self):
        return torch.optim.Adam(self.model.parameters(), lr=self.lr)

    def training_step(self, batch):
        x, y = batch
        return F.cross_entropy(self.model(x), y)

    def validation_step(self, batch):
        x, y = batch
        self._last_batch = batch
        logits = self.model(x)
        return {"correct": (logits.argmax(-1) == y).sum().item(), "n": len(y)}

    def on_validation_end(self, outputs):
        x, y = self._last_batch
        x = x.clone().requires_grad_(True)
        score = self.model(x).gather(1, y[:, None]).sum()
        score.backward()  # TM001-here
        self.saliency = x.grad.abs().mean((0, 1))
        self.model.zero_grad()

    def summarise(self, outputs):
        acc = sum(o["correct"] for o in outputs) / sum(o["n"] for o in outputs)
        return {"val_acc": round(acc, 3), "saliency": [round(v, 3) for v in self.saliency.tolist()]}
