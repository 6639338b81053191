# expect: clean
"""Mogrifier LSTM built on nn.LSTMCell; evaluated, then dynamically adapted on the test stream in eval mode."""
import torch
import torch.nn as nn


class MogrifierLSTM(nn.Module):
    def __init__(self, d=6, h=8, rounds=4):
        super().__init__()
        self.cell = nn.LSTMCell(d, h)
        self.Q = nn.ModuleList([nn.Linear(h, d) for _ in range(rounds // 2)])
        self.R = nn.ModuleList([nn.Linear(d, h) for _ in range(rounds // 2)])

    def mogrify(self, x, h):
        for q, r in zip(self.Q, self.R):
            x = 2 * torch.sigmoid(q(h)) * x
            h = 2 * torch.sigmoid(r(x)) * h
        return x, h

    def forward(self, xs):
        h = c = xs.new_zeros(xs.shape[0], self.cell.hidden_size)
        out = []
        for t in range(xs.shape[1]):
            x, h = self.mogrify(xs[:, t], h)
            h, c = self.cell(x, (h, c))
            out.append(h)
        return torch.stack(out, 1)


class LM(nn.Module):
    def __init__(self, V=16):
        super().__init__()
        self.emb = nn.Embedding(V, 6)
        self.rnn = MogrifierLSTM()
        self.dec = nn.Linear(8, V)

    def forward(self, t):
        return self.dec(self.rnn(self.emb(t)))


torch.manual_seed(71)
lm = LM().eval()
stream = torch.randint(0, 16, (2, 12))
opt = torch.optim.SGD(lm.parameters(), lr=0.05)
for seg in stream.split(4, dim=1):
    loss = nn.functional.cross_entropy(lm(seg[:, :-1]).transpose(1, 2), seg[:, 1:])
    opt.zero_grad()
    loss.backward()
    opt.step()
    print("segment loss", round(loss.item(), 3))
