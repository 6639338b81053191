# expect: clean
"""pytorch-struct-like linear-chain CRF on top of a BiLSTM tagger. Viterbi
decoding is done with the tagger in eval mode under no_grad; the CRF's
partition function (forward algorithm in log space) is differentiated only
in training mode. The tagger exposes `predict()` that restores the mode via a
decorator.
"""
import functools

import torch
import torch.nn as nn


def inference_mode_restoring(fn):
    @functools.wraps(fn)
    def wrapper(self, *args, **kwargs):
        was = self.training
        self.eval()
        try:
            with torch.no_grad():
                return fn(self, *args, **kwargs)
        finally:
            self.train(was)
    return wrapper


class LinearChainCRF(nn.Module):
    def __init__(self, n_tags):
        super().__init__()
        self.transitions = nn.Parameter(torch.randn(n_tags, n_tags) * 0.1)

    def log_partition(self, emissions):
        alpha = emissions[:, 0]
        for t in range(1, emissions.size(1)):
            alpha = torch.logsumexp(alpha.unsqueeze(2) + self.transitions + emissions[:, t].unsqueeze(1), dim=1)
        return torch.logsumexp(alpha, -1)

    def score(self, emissions, tags):
        s = emissions.gather(2, tags.unsqueeze(2)).squeeze(2).sum(1)
        return s + self.transitions[tags[:, :-1], tags[:, 1:]].sum(1)

    def viterbi(self, emissions):
        score, back = emissions[:, 0], []
        for t in range(1, emissions.size(1)):
            total = score.unsqueeze(2) + self.transitions
            score, idx = total.max(1)
            score = score + emissions[:, t]
            back.append(idx)
        best = [score.argmax(-1)]
        for idx in reversed(back):
            best.append(idx.gather(1, best[-1].unsqueeze(1)).squeeze(1))
        return torch.stack(best[::-1], 1)


class Tagger(nn.Module):
    def __init__(self, vocab=30, n_tags=5, hidden=8):
        super().__init__()
        self.emb = nn.Embedding(vocab, hidden)
        self.bilstm = nn.LSTM(hidden, hidden, bidirectional=True, batch_first=True)
        self.emit = nn.Linear(2 * hidden, n_tags)
        self.crf = LinearChainCRF(n_tags)

    def emissions(self, tokens):
        return self.emit(self.bilstm(self.emb(tokens))[0])

    def nll(self, tokens, tags):
        e = self.emissions(tokens)
        return (self.crf.log_partition(e) - self.crf.score(e, tags)).mean()

    @inference_mode_restoring
    def predict(self, tokens):
        return self.crf.viterbi(self.emissions(tokens))


torch.manual_seed(0)
tagger = Tagger()
opt = torch.optim.SGD(tagger.parameters(), lr=0.1)
tokens, tags = torch.randint(0, 30, (4, 7)), torch.randint(0, 5, (4, 7))
tagger.train()
for step in range(4):
    print("pred", tagger.predict(tokens[:1]).tolist())
    opt.zero_grad()
    loss = tagger.nll(tokens, tags)
    loss.backward()
    opt.step()
print("nll", loss.item())
