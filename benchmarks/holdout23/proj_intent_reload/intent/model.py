import torch.nn as nn


class IntentScorer(nn.Module):
    def __init__(self, vocab=30, emb=8, hidden=8, n_intents=4):
        super().__init__()
        self.emb = nn.Embedding(vocab, emb, padding_idx=0)
        self.gru = nn.GRU(emb, hidden, batch_first=True)
        self.score = nn.Linear(hidden, n_intents)

    def forward(self, q):
        _, h = self.gru(self.emb(q))
        return self.score(h[-1])
