# expect: crash
"""Lock-keeper sluices: frozen LSTM level encoder, but a trainable bypass-channel layer now feeds it."""
import torch
import torch.nn as nn

torch.manual_seed(13)


class LevelEncoder(nn.Module):
    def __init__(self, hidden=12):
        super().__init__()
        self.lstm = nn.LSTM(2, hidden, num_layers=2, batch_first=True)

    def forward(self, x):
        h, _ = self.lstm(x)
        return h[:, -1]


class SluicePlanner:
    def __init__(self):
        self.bypass = nn.Linear(2, 2)
        self.encoder = LevelEncoder()
        self.head = nn.Sequential(nn.Linear(12, 8), nn.ReLU(), nn.Linear(8, 1))
        self.encoder.eval()
        for p in self.encoder.parameters():
            p.requires_grad_(False)

    @property
    def model(self):
        return nn.Sequential(self.bypass, self.encoder, self.head)

    def trainable(self):
        return list(self.bypass.parameters()) + list(self.head.parameters())

    def fit(self, steps=4):
        opt = torch.optim.Adam(self.trainable(), lr=1e-2)
        for s in range(steps):
            levels = torch.randn(6, 10, 2)
            target = levels[:, :, 0].max(1).values
            pred = self.model(levels).squeeze(-1)
            loss = nn.functional.mse_loss(pred, target)
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
            print(s, round(loss.item(), 4))


if __name__ == "__main__":
    SluicePlanner().fit()
