import torch
import torch.nn as nn
import torch.nn.functional as F

from .core import SeqModule


class PatrolRiskTask(SeqModule):
    def __init__(self, n_feat, hidden):
        super().__init__()
        self.n_feat = n_feat
        self.rnn = nn.LSTM(n_feat, hidden, batch_first=True)
        self.cls = nn.Linear(hidden, 2)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.cls(h[:, -1])

    def train_batch(self):
        return torch.randn(4, 7, self.n_feat), torch.randint(0, 2, (4,))

    val_batch = train_batch

    def training_step(self, batch, idx):
        x, y = batch
        return F.cross_entropy(self(x), y)

    def validation_step(self, batch, idx):
        x, y = batch
        return F.cross_entropy(self(x), y)

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=1e-3)
