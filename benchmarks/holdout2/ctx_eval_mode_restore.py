# expect: clean
# category: dynamic
"""A context manager that evaluates in eval mode and restores each module's previous mode afterwards;
used for mid-epoch validation of an LSTM language model."""
import contextlib

import torch
import torch.nn as nn

torch.manual_seed(41)
V = 30


@contextlib.contextmanager
def evaluating(*modules):
    previous = [m.training for m in modules]
    try:
        for m in modules:
            m.eval()
        with torch.no_grad():
            yield
    finally:
        for m, mode in zip(modules, previous):
            m.train(mode)


class WordLM(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(V, 10)
        self.lstm = nn.LSTM(10, 14, num_layers=2, dropout=0.25)
        self.dec = nn.Linear(14, V)

    def forward(self, x):  # x: (seq, batch)
        return self.dec(self.lstm(self.emb(x))[0])


lm = WordLM()
opt = torch.optim.SGD(lm.parameters(), lr=0.5)
stream = torch.randint(0, V, (200,))
val_stream = torch.randint(0, V, (60,))
bptt = 10
lm.train()
for i in range(0, 120, bptt):
    chunk = stream[i:i + bptt + 4].unfold(0, 5, 1)[:bptt]  # (bptt, 5)
    x, y = chunk[:, :-1].T, chunk[:, 1:].T
    loss = nn.functional.cross_entropy(lm(x).reshape(-1, V), y.reshape(-1))
    opt.zero_grad()
    loss.backward()
    nn.utils.clip_grad_norm_(lm.parameters(), 0.25)
    opt.step()
    if (i // bptt) % 4 == 3:
        with evaluating(lm):
            vx, vy = val_stream[:-1].view(-1, 1), val_stream[1:].view(-1, 1)
            ppl = nn.functional.cross_entropy(lm(vx).view(-1, V), vy.view(-1)).exp()
        print(f"batch {i // bptt}: train loss {loss.item():.3f} val ppl {ppl.item():.1f}")
