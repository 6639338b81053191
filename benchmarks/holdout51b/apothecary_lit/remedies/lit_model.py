import torch
import torch.nn as nn
import torch.nn.functional as F

from minilit import LitModule


class RemedyLit(LitModule):
    """Predicts whether a tincture batch passes assay from its maceration log."""

    def __init__(self, n_feat=4, hidden=8):
        super().__init__()
        self.encoder = nn.LSTM(n_feat, hidden, batch_first=True)
        self.classifier = nn.Linear(hidden, 2)

    def forward(self, x):
        return self.classifier(self.encoder(x)[0][:, -1])

    def training_step(self, batch, batch_idx):
        opt = self.optimizers()
        x, y = batch
        loss = F.cross_entropy(self(x), y)
        opt.zero_grad()
        self.manual_backward(loss)
        opt.step()
        self.log("train_loss", loss)

    def validation_step(self, batch, batch_idx):
        x, y = batch
        self.log("val_acc", (self(x).argmax(-1) == y).float().mean())

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=1e-2)
