import torch
import torch.nn as nn
import torch.nn.functional as F

from minilit import MiniModule


class LampModule(MiniModule):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 2)
        self.relevance_log = []
        self._last_batch = None

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.fc(h[:, -1])

    def training_step(self, batch, idx):
        x, y = batch
        return F.cross_entropy(self(x), y)

    def validation_step(self, batch, idx):
        self._last_batch = batch
        x, y = batch
        return (self(x).argmax(1) == y).float().mean()

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=1e-2)

    def on_validation_epoch_end(self, outputs):
        x, y = self._last_batch
        with torch.enable_grad():
            x = x.clone().requires_grad_(True)
            score = self(x).gather(1, y[:, None]).sum()
            score.backward()  # TM001-here
        self.relevance_log.append((x.grad * x).sum().item())
        self.zero_grad()
