import torch
import torch.nn as nn
import torch.nn.functional as F


class LitLike(nn.Module):
    def training_step(self, batch, idx):
        raise NotImplementedError

    def validation_step(self, batch, idx):
        raise NotImplementedError

    def configure_optimizers(self):
        raise NotImplementedError

    def manual_backward(self, loss):
        loss.backward()


class ChurnModule(LitLike):
    def __init__(self, hidden, lr):
        super().__init__()
        self.lr = lr
        self.lstm = nn.LSTM(1, hidden, batch_first=True)
        self.cls = nn.Linear(hidden, 2)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.cls(h[:, -1])

    def training_step(self, batch, idx):
        x, y = batch
        return F.cross_entropy(self(x), y)

    def validation_step(self, batch, idx):
        x, y = batch
        logits = self(x)
        return {"val_loss": F.cross_entropy(logits, y).item(),
                "val_acc": (logits.argmax(-1) == y).float().mean().item()}

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=self.lr)
