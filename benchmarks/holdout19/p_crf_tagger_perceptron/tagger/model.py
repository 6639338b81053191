import torch.nn as nn

from .crf import LinearChainCRF


class BiLSTMCRF(nn.Module):
    def __init__(self, vocab=40, n_tags=5, emb=8, hidden=6):
        super().__init__()
        self.emb = nn.Embedding(vocab, emb)
        self.lstm = nn.LSTM(emb, hidden, batch_first=True, bidirectional=True)
        self.proj = nn.Linear(2 * hidden, n_tags)
        self.crf = LinearChainCRF(n_tags)

    def emissions(self, tokens):
        return self.proj(self.lstm(self.emb(tokens))[0])
