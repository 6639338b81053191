# expect: clean
"""Saddler: horse-gait comfort score; the pretrained encoder stays frozen through an overridden train()."""
import torch
from torch import nn


class GaitEncoder(nn.Module):
    def __init__(self, d=6, hidden=10):
        super().__init__()
        self.drop = nn.Dropout(0.1)
        self.rnn = nn.LSTM(d, hidden, batch_first=True)

    def forward(self, x):
        h, _ = self.rnn(self.drop(x))
        return h[:, -1]


class ComfortModel(nn.Module):
    def __init__(self, n_sensors=4, d=6, hidden=10):
        super().__init__()
        self.adapter = nn.Linear(n_sensors, d)
        self.encoder = GaitEncoder(d, hidden)
        self.head = nn.Linear(hidden, 1)
        for p in self.encoder.parameters():
            p.requires_grad_(False)

    def train(self, mode=True):
        super().train(mode)
        for m in self.encoder.children():
            if isinstance(m, nn.Dropout):
                m.eval()
        return self

    def forward(self, x):
        return self.head(self.encoder(self.adapter(x)))


def main():
    torch.manual_seed(9)
    model = ComfortModel()
    opt = torch.optim.Adam([p for p in model.parameters() if p.requires_grad], lr=1e-3)
    model.train()
    for step in range(3):
        x, y = torch.randn(5, 8, 4), torch.rand(5, 1)
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(step, round(loss.item(), 4))


if __name__ == "__main__":
    main()
