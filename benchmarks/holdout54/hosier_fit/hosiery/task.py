import torch
import torch.nn as nn
import torch.nn.functional as F


class KnitTask(nn.Module):
    """A Lightning-like module: the model plus its steps."""

    def __init__(self, n_gauges, hidden, n_classes):
        super().__init__()
        self.lstm = nn.LSTM(n_gauges, hidden, batch_first=True)
        self.head = nn.Linear(hidden, n_classes)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.head(out.mean(dim=1))

    def training_step(self, batch):
        x, y = batch
        return F.cross_entropy(self(x), y)

    def validation_step(self, batch):
        x, y = batch
        logits = self(x)
        return {"loss": F.cross_entropy(logits, y).item(),
                "acc": (logits.argmax(-1) == y).float().mean().item()}

    def configure_optimizers(self, lr):
        return torch.optim.SGD(self.parameters(), lr=lr, momentum=0.9)
