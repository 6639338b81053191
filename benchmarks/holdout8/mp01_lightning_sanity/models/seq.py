import torch
import torch.nn as nn
import torch.nn.functional as F

from lit.core import LightningModule


class LitSequenceTagger(LightningModule):
    def __init__(self, n_in=6, hidden=12, n_tags=4):
        super().__init__()
        self.automatic_optimization = False
        self.encoder = nn.LSTM(n_in, hidden, batch_first=True, bidirectional=True)
        self.head = nn.Linear(2 * hidden, n_tags)

    def forward(self, x):
        h, _ = self.encoder(x)
        return self.head(h)

    def training_step(self, batch, batch_idx):
        opt = self.optimizers()
        x, y = batch
        logits = self(x)
        loss = F.cross_entropy(logits.reshape(-1, logits.size(-1)), y.reshape(-1))
        opt.zero_grad()
        self.manual_backward(loss)
        opt.step()
        self.log("train_loss", loss)
        return {"loss": loss}

    def validation_step(self, batch, batch_idx):
        x, y = batch
        acc = (self(x).argmax(-1) == y).float().mean()
        self.log("val_acc", acc)

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=1e-2)
