"""Small trainer with hooks, used by the lampwright notebook."""
import torch
import torch.nn as nn


class WickLSTM(nn.Module):
    def __init__(self, n_in=3, hidden=12, horizon=1):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, num_layers=2, batch_first=True)
        self.fc = nn.Linear(hidden, horizon)

    def forward(self, x):
        y, _ = self.rnn(x)
        return self.fc(y[:, -1])


class Trainer:
    """Predicts the next flame height of an oil lamp from wick/oil/draught readings."""

    def __init__(self, model, lr=1e-2):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.crit = nn.MSELoss()
        self.history = []

    def on_step_end(self, loss):
        self.history.append(loss)

    def train_step(self, xb, yb):
        self.opt.zero_grad()
        loss = self.crit(self.model(xb), yb)
        loss.backward()  # TM001-here
        self.opt.step()
        self.on_step_end(loss.item())
        return loss.item()

    def validate(self, xb, yb):
        self.model.eval()
        with torch.no_grad():
            return self.crit(self.model(xb), yb).item()

    def fit(self, loader, val, epochs=1):
        for _ in range(epochs):
            self.model.train()
            for xb, yb in loader:
                self.train_step(xb, yb)
            self.validate(*val)
