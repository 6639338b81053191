import torch.nn as nn


class CharModel(nn.Module):
    def __init__(self, letters=40, hidden=24):
        super().__init__()
        self.embed = nn.Embedding(letters, 10)
        self.lstm = nn.LSTM(10, hidden, batch_first=True)
        self.out = nn.Linear(hidden, letters)

    def forward(self, x):
        return self.out(self.lstm(self.embed(x))[0])
