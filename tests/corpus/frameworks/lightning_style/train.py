# expect: crash
"""A Lightning-style module trained by a home-made Trainer that forgets to switch back to train mode."""
import torch
import torch.nn as nn
import torch.nn.functional as F

from mini_lightning import LightningModule, Trainer


class Tagger(LightningModule):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 6, batch_first=True)
        self.fc = nn.Linear(6, 2)

    def forward(self, x):
        return self.fc(self.gru(x)[0][:, -1])

    def training_step(self, batch):
        x, y = batch
        return F.cross_entropy(self(x), y)

    def validation_step(self, batch):
        x, y = batch
        return F.cross_entropy(self(x), y)

    def configure_optimizers(self):
        return torch.optim.SGD(self.parameters(), lr=0.1)


torch.manual_seed(0)
data = [(torch.randn(4, 5, 3), torch.randint(0, 2, (4,))) for _ in range(2)]
Trainer(max_epochs=2).fit(Tagger(), data, data)
