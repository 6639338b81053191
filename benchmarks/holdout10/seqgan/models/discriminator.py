from torch import nn


class Discriminator(nn.Module):
    def __init__(self, vocab, emb, hidden):
        super().__init__()
        self.emb = nn.Embedding(vocab, emb)
        self.gru = nn.GRU(emb, hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * hidden, 1)

    def forward(self, seq):
        _, h = self.gru(self.emb(seq))
        return self.out(h.transpose(0, 1).reshape(seq.size(0), -1)).squeeze(-1)
