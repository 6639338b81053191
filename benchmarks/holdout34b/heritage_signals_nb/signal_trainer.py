"""Heritage-railway signals: predict a semaphore's pull-off delay from lever-frame telemetry."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class LeverFrameNet(nn.Module):
    def __init__(self, feat=4, hidden=12):
        super().__init__()
        self.lstm = nn.LSTM(feat, hidden, num_layers=2, batch_first=True, dropout=0.1)
        self.delay = nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.delay(out[:, -1]).squeeze(-1)


class SignalTrainer:
    def __init__(self, model, lr=5e-3):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.log = []

    def fit(self, data, epochs=2):
        for ep in range(epochs):
            self.model.train()
            tot = 0.0
            for x, y in data:
                loss = F.mse_loss(self.model(x), y)
                self.opt.zero_grad()
                loss.backward()
                self.opt.step()
                tot += loss.item()
            self.log.append(tot / len(data))
        return self

    def evaluate(self, data):
        self.model.eval()
        with torch.no_grad():
            return sum(F.mse_loss(self.model(x), y).item() for x, y in data) / len(data)
