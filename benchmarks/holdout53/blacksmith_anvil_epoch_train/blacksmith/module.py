import torch
import torch.nn as nn
import torch.nn.functional as F


class StrikeModule(nn.Module):
    """Hand-written imitation of a LightningModule."""

    def __init__(self, feats, hidden, classes):
        super().__init__()
        self.encoder = nn.GRU(feats, hidden, batch_first=True)
        self.classifier = nn.Linear(hidden, classes)

    def forward(self, x):
        _, h = self.encoder(x)
        return self.classifier(h[-1])

    def training_step(self, batch, batch_idx):
        x, y = batch
        return F.cross_entropy(self(x), y)

    def validation_step(self, batch, batch_idx):
        x, y = batch
        return {"val_loss": F.cross_entropy(self(x), y)}

    def predict_step(self, batch, batch_idx):
        x, _ = batch
        return self(x).argmax(-1)

    def configure_optimizers(self):
        return torch.optim.SGD(self.parameters(), lr=0.05)
