import torch
import torch.nn as nn
import torch.nn.functional as F


class SwarmLSTM(nn.Module):
    def __init__(self, n_in=4, hidden=10):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)
        self.register_buffer("temperature", torch.ones(()))

    def forward(self, x):
        seq, _ = self.lstm(x)
        return self.head(seq[:, -1]).squeeze(-1) / self.temperature


def nightly_fit(model, x, y, epochs=3):
    model.train()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(epochs):
        opt.zero_grad()
        loss = F.binary_cross_entropy_with_logits(model(x), y)
        loss.backward()
        opt.step()
