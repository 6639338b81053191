import torch
import torch.nn as nn
import torch.nn.functional as F


class LitModule(nn.Module):
    """Tiny imitation of a LightningModule: steps + optimisers live on the model."""

    trainer = None

    def training_step(self, batch, batch_idx):
        raise NotImplementedError

    def validation_step(self, batch, batch_idx):
        return None

    def configure_optimizers(self):
        raise NotImplementedError

    def log(self, name, value):
        if self.trainer is not None:
            self.trainer.logged.setdefault(name, []).append(float(value))


class OnsetModule(LitModule):
    def __init__(self, n_bands=3, hidden=8):
        super().__init__()
        self.rnn = nn.LSTM(n_bands, hidden, batch_first=True, bidirectional=True)
        self.frame = nn.Linear(2 * hidden, 1)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.frame(out).squeeze(-1)

    def training_step(self, batch, batch_idx):
        x, y = batch
        loss = F.binary_cross_entropy_with_logits(self(x), y)
        self.log("train_loss", loss.item())
        return loss

    def validation_step(self, batch, batch_idx):
        x, y = batch
        probs = torch.sigmoid(self(x))
        f = ((probs > 0.5).float() == y).float().mean()
        self.log("val_frame_acc", f.item())
        return f

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=3e-3)
