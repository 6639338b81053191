# expect: clean
"""Tobacconist: humidor humidity forecaster with a pretrained sensor encoder kept in eval by train()."""
import torch
import torch.nn as nn


class SensorEncoder(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.gru = nn.GRU(hidden, hidden, batch_first=True)

    def forward(self, x):
        return self.gru(x)[0]


class Humidor(nn.Module):
    def __init__(self, feats=2, hidden=6):
        super().__init__()
        self.inp = nn.Linear(feats, hidden)
        self.encoder = SensorEncoder(hidden)
        self.head = nn.Linear(hidden, 1)

    def train(self, mode=True):
        # the pretrained encoder must keep its statistics: keep it in eval whatever the caller asks
        self.encoder.eval()
        super().train(mode)
        return self

    def forward(self, x):
        return self.head(self.encoder(self.inp(x))[:, -1])


def run(epochs=3):
    model = Humidor()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for epoch in range(epochs):
        model.train()
        x, y = torch.randn(3, 10, 2), torch.randn(3, 1)
        loss = (model(x) - y).pow(2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
        model.eval()
        with torch.no_grad():
            print(epoch, (model(x) - y).abs().mean().item())


if __name__ == "__main__":
    torch.manual_seed(2)
    run()
