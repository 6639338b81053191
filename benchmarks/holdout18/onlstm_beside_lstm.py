# expect: crash
"""ON-LSTM (ordered neurons) cell compared against an nn.LSTM baseline; both are averaged into one LM.
The comparison harness freezes dropout with eval() on the whole ensemble before fine-tuning the mixture."""
import torch
import torch.nn as nn


def cumsoftmax(x):
    return torch.cumsum(torch.softmax(x, -1), -1)


class ONLSTMCell(nn.Module):
    def __init__(self, d, h):
        super().__init__()
        self.h = h
        self.ih = nn.Linear(d, 6 * h)
        self.hh = nn.Linear(h, 6 * h)

    def forward(self, x, state):
        hx, cx = state
        g = self.ih(x) + self.hh(hx)
        mf, mi, o, i, f, c = g.chunk(6, -1)
        mf, mi = cumsoftmax(mf), 1 - cumsoftmax(mi)
        w = mf * mi
        cy = w * (f.sigmoid() * cx + i.sigmoid() * c.tanh()) + (mf - w) * cx + (mi - w) * c.tanh()
        return o.sigmoid() * cy.tanh(), cy


class MixLM(nn.Module):
    def __init__(self, V=18, d=6, h=8):
        super().__init__()
        self.emb = nn.Embedding(V, d)
        self.on = ONLSTMCell(d, h)
        self.lstm = nn.LSTM(d, h, batch_first=True)
        self.mix = nn.Parameter(torch.zeros(1))
        self.dec = nn.Linear(h, V)
        self.drop = nn.Dropout(0.3)

    def forward(self, t):
        e = self.drop(self.emb(t))
        hx = cx = torch.zeros(t.shape[0], self.on.h)
        hs = []
        for s in range(t.shape[1]):
            hx, cx = self.on(e[:, s], (hx, cx))
            hs.append(hx)
        a = torch.sigmoid(self.mix)
        return self.dec(a * torch.stack(hs, 1) + (1 - a) * self.lstm(e)[0])


torch.manual_seed(70)
lm = MixLM()
tokens = torch.randint(0, 18, (3, 8))
lm.eval()
opt = torch.optim.Adam([lm.mix], lr=0.1)
for _ in range(3):
    opt.zero_grad()
    loss = nn.functional.cross_entropy(lm(tokens[:, :-1]).transpose(1, 2), tokens[:, 1:])
    loss.backward()  # TM001-here
    opt.step()
print("mix weight", torch.sigmoid(lm.mix).item())
