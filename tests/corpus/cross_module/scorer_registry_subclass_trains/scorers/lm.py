"""An LSTM language-model scorer for shallow fusion: the log-likelihood of each hypothesis."""
import torch.nn as nn

from .base import Scorer


class CharLM(nn.Module):
    def __init__(self, vocab=12, hidden=8):
        super().__init__()
        self.embed = nn.Embedding(vocab, hidden)
        self.lstm = nn.LSTM(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, vocab)

    def forward(self, tokens):
        return self.out(self.lstm(self.embed(tokens))[0])


class RNNLMScorer(Scorer):
    name = "rnnlm"

    def __init__(self):
        self.lm = CharLM()
        self.lm.eval()

    def score(self, tokens):
        logp = self.lm(tokens[:, :-1]).log_softmax(-1)
        return logp.gather(-1, tokens[:, 1:, None]).squeeze(-1).sum(-1)
