# expect: crash
"""Grammar error detection with a BiLSTM token classifier and a 'shadow' copy
used for look-ahead updates. The model wrapper implements __reduce__ so copies
are rebuilt from a state dict; the rebuild helper was written for deployment."""
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


def _rebuild(cls, kwargs, state):
    m = cls(**kwargs)
    m.load_state_dict(state)
    return m.eval()


class Portable:
    def __init__(self, module, **kwargs):
        self.module, self.kwargs = module, kwargs

    def __reduce__(self):
        return (_rebuild_portable, (type(self.module), self.kwargs, self.module.state_dict()))

    def __call__(self, *a):
        return self.module(*a)

    def parameters(self):
        return self.module.parameters()


def _rebuild_portable(cls, kwargs, state):
    return Portable(_rebuild(cls, kwargs, state), **kwargs)


def lookahead_step(fast, slow, tok, lab, k=2, alpha=0.5):
    opt = torch.optim.SGD(fast.parameters(), lr=0.1)
    for _ in range(k):
        loss = F.cross_entropy(fast(tok).flatten(0, 1), lab.flatten())
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    with torch.no_grad():
        for ps, pf in zip(slow.parameters(), fast.parameters()):
            ps.add_(alpha * (pf - ps))


if __name__ == "__main__":
    slow = Portable(ErrorDetector(), vocab=40, d=8)
    slow.module.train()
    tok, lab = torch.randint(0, 40, (4, 7)), torch.randint(0, 2, (4, 7))
    for outer in range(2):
        fast = copy.deepcopy(slow)
        lookahead_step(fast, slow, tok, lab)
        print("outer", outer, "done")
