import torch
import torch.nn as nn
import torch.nn.functional as F


class WindowLayer(nn.Module):
    def __init__(self, hidden, n_window, n_chars):
        super().__init__()
        self.params = nn.Linear(hidden, 3 * n_window)
        self.n_chars = n_chars

    def forward(self, h, text_onehot, kappa_prev):
        a, b, k = torch.exp(self.params(h)).unsqueeze(-1).chunk(3, dim=1)
        kappa = kappa_prev + k
        u = torch.arange(text_onehot.shape[1], dtype=h.dtype).view(1, 1, -1)
        phi = (a * torch.exp(-b * (kappa - u) ** 2)).sum(1)
        return torch.bmm(phi.unsqueeze(1), text_onehot).squeeze(1), kappa


class HandwritingSynth(nn.Module):
    def __init__(self, n_chars, hidden, n_window):
        super().__init__()
        self.n_chars, self.hidden, self.n_window = n_chars, hidden, n_window
        self.lstm1 = nn.LSTM(3 + n_chars, hidden, batch_first=True)
        self.window = WindowLayer(hidden, n_window, n_chars)
        self.lstm2 = nn.LSTM(3 + n_chars + hidden, hidden, batch_first=True, dropout=0.0)
        self.drop = nn.Dropout(0.2)
        self.out = nn.Linear(hidden, 3)

    def initial_state(self, batch):
        z = torch.zeros(1, batch, self.hidden)
        return dict(s1=(z, z), s2=(z, z), w=torch.zeros(batch, self.n_chars),
                    kappa=torch.zeros(batch, self.n_window, 1))

    def forward(self, strokes, text, state):
        onehot = F.one_hot(text, self.n_chars).float()
        s1, s2, w, kappa = state["s1"], state["s2"], state["w"], state["kappa"]
        outs = []
        for t in range(strokes.shape[1]):
            x = strokes[:, t:t + 1]
            h1, s1 = self.lstm1(torch.cat([x, w.unsqueeze(1)], -1), s1)
            w, kappa = self.window(h1.squeeze(1), onehot, kappa)
            h2, s2 = self.lstm2(torch.cat([x, w.unsqueeze(1), h1], -1), s2)
            outs.append(self.out(self.drop(h2)))
        return torch.cat(outs, 1), dict(s1=s1, s2=s2, w=w, kappa=kappa)
