# expect: crash
# category: one_name
import argparse

import torch
import torch.nn as nn
import torch.nn.functional as F


class LSTMTagger(nn.Module):
    def __init__(self, n_in, n_out):
        super().__init__()
        self.lstm = nn.LSTM(n_in, 16, batch_first=True)
        self.fc = nn.Linear(16, n_out)

    def forward(self, x):
        return self.fc(self.lstm(x)[0])


class ConvTagger(nn.Module):
    def __init__(self, n_in, n_out):
        super().__init__()
        self.conv = nn.Conv1d(n_in, n_out, 3, padding=1)

    def forward(self, x):
        return self.conv(x.transpose(1, 2)).transpose(1, 2)


parser = argparse.ArgumentParser()
parser.add_argument("--arch", choices=["lstm", "conv"], default="lstm")
parser.add_argument("--epochs", type=int, default=2)
args = parser.parse_args()

torch.manual_seed(0)
model = LSTMTagger(6, 4) if args.arch == "lstm" else ConvTagger(6, 4)
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
x, y = torch.randn(16, 5, 6), torch.randint(0, 4, (16, 5))
for epoch in range(args.epochs):
    for i in range(0, 16, 8):
        loss = F.cross_entropy(model(x[i:i + 8]).flatten(0, 1), y[i:i + 8].flatten())
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    model.eval()
    with torch.no_grad():
        acc = (model(x).argmax(-1) == y).float().mean()
    print(epoch, acc.item())
