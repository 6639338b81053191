import torch.nn as nn


class NextTemplate(nn.Module):
    def __init__(self, vocab=15, dim=8):
        super().__init__()
        self.emb = nn.Embedding(vocab, dim)
        self.lstm = nn.LSTM(dim, dim, num_layers=2, batch_first=True)
        self.out = nn.Linear(dim, vocab)

    def forward(self, ids):
        return self.out(self.lstm(self.emb(ids))[0])
