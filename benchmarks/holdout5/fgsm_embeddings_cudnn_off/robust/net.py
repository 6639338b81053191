import torch.nn as nn


class TextLSTM(nn.Module):
    def __init__(self, vocab=40, dim=8, hidden=12):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)
        self.lstm = nn.LSTM(dim, hidden, num_layers=2, batch_first=True, dropout=0.2)
        self.cls = nn.Linear(hidden, 3)

    def from_embeddings(self, emb):
        out, _ = self.lstm(emb)
        return self.cls(out[:, -1])

    def forward(self, ids):
        return self.from_embeddings(self.embed(ids))
