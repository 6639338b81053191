import torch.nn as nn


class Tagger(nn.Module):
    def __init__(self, words=30, tags=5, width=12):
        super().__init__()
        self.embed = nn.Embedding(words, width)
        self.lstm = nn.LSTM(width, width, batch_first=True)
        self.out = nn.Linear(width, tags)

    def forward(self, words):
        hidden, _ = self.lstm(self.embed(words))
        return self.out(hidden)
