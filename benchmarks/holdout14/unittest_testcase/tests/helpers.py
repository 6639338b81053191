import torch
import torch.nn as nn


class BiLSTMTagger(nn.Module):
    def __init__(self, vocab=30, tags=5, dim=8):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)
        self.lstm = nn.LSTM(dim, dim, batch_first=True, bidirectional=True, num_layers=2, dropout=0.2)
        self.proj = nn.Linear(2 * dim, tags)

    def forward(self, tokens):
        h, _ = self.lstm(self.embed(tokens))
        return self.proj(h)


class GRUTagger(BiLSTMTagger):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.lstm = nn.GRU(8, 8, batch_first=True, bidirectional=True)


FACTORIES = {"bilstm": BiLSTMTagger, "bigru": GRUTagger}


def make_tagger(name, deterministic=True, **kwargs):
    model = FACTORIES[name](**kwargs)
    torch.manual_seed(0)
    return model.eval() if deterministic else model


def random_batch(n=3, T=6):
    return torch.randint(0, 30, (n, T)), torch.randint(0, 5, (n, T))
