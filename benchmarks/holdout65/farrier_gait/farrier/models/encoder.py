import torch.nn as nn


class StrideEncoder(nn.Module):
    def __init__(self, vocab, emb, hidden):
        super().__init__()
        self.embed = nn.Embedding(vocab, emb)
        self.lstm = nn.LSTM(emb, hidden, num_layers=2, dropout=0.2, batch_first=True)

    def forward(self, tokens):
        out, _ = self.lstm(self.embed(tokens))
        return out[:, -1]
