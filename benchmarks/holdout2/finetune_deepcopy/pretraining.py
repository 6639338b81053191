"""Self-supervised pretraining of a GRU encoder by next-step prediction, plus a linear-probe score."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class Encoder(nn.Module):
    def __init__(self, n_in=5, hidden=12):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, num_layers=2, batch_first=True, dropout=0.1)
        self.predict_next = nn.Linear(hidden, n_in)

    def forward(self, x):
        out, h = self.gru(x)
        return out, h[-1]


def pretrain(encoder, sequences, epochs=1, lr=3e-3):
    opt = torch.optim.Adam(encoder.parameters(), lr=lr)
    encoder.train()
    for _ in range(epochs):
        for x in sequences:
            out, _ = encoder(x[:, :-1])
            loss = F.mse_loss(encoder.predict_next(out), x[:, 1:])
            opt.zero_grad()
            loss.backward()
            opt.step()
    return loss.item()


@torch.no_grad()
def probe_score(encoder, x, y):
    """Closed-form ridge probe on frozen features: a cheap proxy for representation quality."""
    encoder.eval()
    _, feats = encoder(x)
    feats = torch.cat([feats, torch.ones(len(feats), 1)], dim=1)
    w = torch.linalg.solve(feats.T @ feats + 1e-2 * torch.eye(feats.shape[1]), feats.T @ y)
    return F.mse_loss(feats @ w, y).item()
