# expect: crash
"""Rag-bale moisture forecaster: input-sensitivity map via torch.func.jacrev, computed
while still in train mode (right after the last optimiser step)."""
import torch
import torch.nn as nn
from torch.func import jacrev

torch.manual_seed(3)


class Bale(nn.Module):
    def __init__(self, d=4, h=8):
        super().__init__()
        self.lstm = nn.LSTM(d, h, batch_first=True)
        self.fc = nn.Linear(h, 1)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.fc(out[:, -1]).squeeze(-1)


def sensitivity(model, x):
    single = lambda xi: model(xi.unsqueeze(0)).squeeze(0)
    jac = jacrev(single)(x[0])  # TM002-here
    return jac.abs().sum(-1)


def main():
    model = Bale()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    x, y = torch.randn(8, 6, 4), torch.randn(8)
    for step in range(5):
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    s = sensitivity(model, x)
    print("most sensitive step:", int(s.argmax()))


if __name__ == "__main__":
    main()
