import torch
import torch.nn as nn

from .base import Scorer


class RNNLM(nn.Module):
    def __init__(self, vocab=10, hidden=8):
        super().__init__()
        self.emb = nn.Embedding(vocab, 6)
        self.lstm = nn.LSTM(6, hidden, batch_first=True)
        self.out = nn.Linear(hidden, vocab)

    def forward(self, toks):
        return self.out(self.lstm(self.emb(toks))[0])


class RNNLMScorer(Scorer):
    name = "rnnlm"

    def __init__(self, vocab=10):
        self.lm = RNNLM(vocab)
        self.lm.eval()  # scoring only

    def score(self, hyps):
        logp = torch.log_softmax(self.lm(hyps[:, :-1]), -1)
        return logp.gather(-1, hyps[:, 1:, None]).squeeze(-1).sum(-1)
