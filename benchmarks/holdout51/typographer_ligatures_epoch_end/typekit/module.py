import torch
import torch.nn as nn
import torch.nn.functional as F


class LigatureModule(nn.Module):
    """Hand-written imitation of a LightningModule."""

    def __init__(self, vocab, dim, hidden):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)
        self.lstm = nn.LSTM(dim, hidden, batch_first=True, bidirectional=True)
        self.drop = nn.Dropout(0.1)
        self.out = nn.Linear(2 * hidden, 2)

    def forward(self, glyphs):
        h, _ = self.lstm(self.embed(glyphs))
        return self.out(self.drop(h.mean(1)))

    def training_step(self, batch, batch_idx):
        x, y = batch
        return F.cross_entropy(self(x), y)

    def predict_step(self, x):
        return self(x).argmax(-1)

    def configure_optimizers(self):
        return torch.optim.SGD(self.parameters(), lr=0.05)
