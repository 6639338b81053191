import torch
import torch.nn as nn


class ScentEncoder(nn.Module):
    def __init__(self, n_sensor, d_emb, hidden):
        super().__init__()
        self.embed = nn.Sequential(nn.Linear(n_sensor, d_emb), nn.GELU())
        self.rnn = nn.LSTM(d_emb, hidden, batch_first=True)
        self.recon = nn.Linear(hidden, n_sensor)

    def features(self, x):
        out, _ = self.rnn(self.embed(x))
        return out

    def forward(self, x):
        return self.recon(self.features(x))


def pretrain_encoder(enc, steps=2):
    """Next-reading prediction on unlabelled sniffs."""
    opt = torch.optim.Adam(enc.parameters(), lr=5e-3)
    for _ in range(steps):
        x = torch.randn(4, 9, 8)
        loss = (enc(x[:, :-1]) - x[:, 1:]).pow(2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
