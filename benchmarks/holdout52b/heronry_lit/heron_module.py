import torch
import torch.nn as nn
import torch.nn.functional as F

from minilit import LitModule


class NestActivityModule(LitModule):
    def __init__(self, n_feat, hidden, n_cls):
        super().__init__()
        self.encoder = nn.LSTM(n_feat, hidden, batch_first=True)
        self.classifier = nn.Linear(hidden, n_cls)
        self._probe = None

    def forward(self, x):
        h, _ = self.encoder(x)
        return self.classifier(h[:, -1])

    def training_step(self, batch, batch_idx):
        x, y = batch
        loss = F.cross_entropy(self(x), y)
        self.log("train_loss", loss.item())
        return loss

    def validation_step(self, batch, batch_idx):
        x, y = batch
        if self._probe is None:
            self._probe = x[:2].clone()
        acc = (self(x).argmax(-1) == y).float().mean()
        return acc

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=1e-2)

    def on_validation_epoch_end(self, outputs):
        self.log("val_acc", torch.stack(outputs).mean())
        # gradient * input relevance of the probe sequences, per time step
        x = self._probe.clone().requires_grad_(True)
        logits = self(x)
        logits.max(-1).values.sum().backward()  # TM001-here
        relevance = (x.grad * x).sum(-1).abs()
        self.zero_grad(set_to_none=True)
        self.log("peak_step", relevance.mean(0).argmax())
