import torch.nn as nn


class SeqClassifier(nn.Module):
    def __init__(self, emb, hidden, n_cls, cell="GRU"):
        super().__init__()
        self.emb = emb
        self.rnn = getattr(nn, cell)(emb.embedding_dim, hidden, batch_first=True)
        self.out = nn.Linear(hidden, n_cls)

    def forward(self, tokens):
        h, _ = self.rnn(self.emb(tokens))
        return self.out(h[:, -1])


def build_pair(vocab, n_cls, dim=6):
    emb = nn.Embedding(vocab, dim)
    teacher = SeqClassifier(emb, 16, n_cls, "GRU")
    student = SeqClassifier(emb, 4, n_cls, "GRU")
    return teacher, student, emb
