# expect: clean
"""Look-ahead training for a BiLSTM grammar-error detector with a picklable
wrapper; the __reduce__ rebuild keeps the mode the original module had."""
import copy

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(16)


class ErrorDetector(nn.Module):
    def __init__(self, vocab=40, d=8):
        super().__init__()
        self.emb = nn.Embedding(vocab, d)
        self.lstm = nn.LSTM(d, d, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * d, 2)

    def forward(self, tok):
        return self.out(self.lstm(self.emb(tok))[0])


def _rebuild_portable(cls, kwargs, state, training):
    m = cls(**kwargs)
    m.load_state_dict(state)
    m.eval()
    m.train(training)
    return Portable(m, **kwargs)


class Portable:
    def __init__(self, module, **kwargs):
        self.module, self.kwargs = module, kwargs

    def __reduce__(self):
        return (_rebuild_portable, (type(self.module), self.kwargs, self.module.state_dict(), self.module.training))

    def __call__(self, *a):
        return self.module(*a)

    def parameters(self):
        return self.module.parameters()


if __name__ == "__main__":
    slow = Portable(ErrorDetector(), vocab=40, d=8)
    tok, lab = torch.randint(0, 40, (4, 7)), torch.randint(0, 2, (4, 7))
    for outer in range(2):
        fast = copy.deepcopy(slow)
        opt = torch.optim.SGD(fast.parameters(), lr=0.1)
        for _ in range(2):
            loss = F.cross_entropy(fast(tok).flatten(0, 1), lab.flatten())
            opt.zero_grad()
            loss.backward()
            opt.step()
        with torch.no_grad():
            for ps, pf in zip(slow.parameters(), fast.parameters()):
                ps.add_(0.5 * (pf - ps))
        print("outer", outer, round(loss.item(), 4))
