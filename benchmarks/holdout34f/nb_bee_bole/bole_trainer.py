import torch
import torch.nn as nn
import torch.nn.functional as F


class BoleLSTM(nn.Module):
    """Skep temperature inside a bee-bole niche, from wall sensor sequences."""

    def __init__(self, n_in=3, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h[:, -1])


class BoleTrainer:
    def __init__(self, model, lr=1e-2):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)

    def evaluate(self, x, y):
        self.model.eval()
        with torch.no_grad():
            return F.mse_loss(self.model(x), y).item()

    def train_epoch(self, batches):
        self.model.train()
        for x, y in batches:
            loss = F.mse_loss(self.model(x), y)
            self.opt.zero_grad()
            loss.backward()
            self.opt.step()
        return loss.item()
