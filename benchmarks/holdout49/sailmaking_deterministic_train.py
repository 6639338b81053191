# expect: crash
"""Sailmaking: predict seam stretch from a loft's stitch-tension sequence.

The model overrides train() so dropout stays off (the loft wants deterministic
fine-tuning runs)."""
import torch
from torch import nn


class SeamModel(nn.Module):
    def __init__(self, n_in=4, hidden=10):
        super().__init__()
        self.inp = nn.Linear(n_in, hidden)
        self.drop = nn.Dropout(0.2)
        self.lstm = nn.LSTM(hidden, hidden, num_layers=2, dropout=0.1, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def train(self, mode=True):
        super().train(mode)
        for m in self.modules():
            if isinstance(m, (nn.Dropout, nn.RNNBase)):
                m.eval()
        return self

    def forward(self, x):
        h, _ = self.lstm(self.drop(torch.relu(self.inp(x))))
        return self.head(h.mean(1))


def main():
    torch.manual_seed(3)
    model = SeamModel().train()
    opt = torch.optim.Adam(model.parameters(), 1e-2)
    for step in range(4):
        x, y = torch.randn(6, 9, 4), torch.randn(6, 1)
        loss = (model(x) - y).pow(2).mean()
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    print("final", loss.item())


if __name__ == "__main__":
    main()
