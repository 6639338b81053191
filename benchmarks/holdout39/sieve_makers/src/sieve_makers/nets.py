from torch import nn


class GaugeNet(nn.Module):
    def __init__(self, embedding, hidden):
        super().__init__()
        self.embedding = embedding
        self.gru = nn.GRU(embedding.embedding_dim, hidden, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.out = nn.Linear(hidden, 3)

    def forward(self, codes):
        h, _ = self.gru(self.embedding(codes))
        return self.out(self.drop(h[:, -1]))
