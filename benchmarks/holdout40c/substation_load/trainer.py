import torch
import torch.nn as nn


class LoadForecaster(nn.Module):
    def __init__(self, n_in=4, hidden=8, horizon=2):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, horizon)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.fc(out[:, -1])


class Trainer:
    def __init__(self, model, lr=1e-2):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.criterion = nn.L1Loss()
        self.history = []

    def step(self, x, y):
        self.opt.zero_grad()
        loss = self.criterion(self.model(x), y)
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()

    def fit(self, loader, epochs=1):
        for _ in range(epochs):
            self.history.append(sum(self.step(x, y) for x, y in loader) / len(loader))
        return self.history[-1]

    @torch.no_grad()
    def validate(self, loader):
        self.model.eval()
        errs = [self.criterion(self.model(x), y).item() for x, y in loader]
        return sum(errs) / len(errs)
