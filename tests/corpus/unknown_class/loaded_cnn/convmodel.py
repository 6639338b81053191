import torch.nn as nn


class ConvModel(nn.Module):
    def __init__(self, letters=40):
        super().__init__()
        self.embed = nn.Embedding(letters, 10)
        self.conv = nn.Conv1d(10, 16, 3, padding=1)
        self.out = nn.Linear(16, letters)

    def forward(self, x):
        return self.out(self.conv(self.embed(x).transpose(1, 2)).transpose(1, 2))
