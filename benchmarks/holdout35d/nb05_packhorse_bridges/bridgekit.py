"""Model, fitting loop and checkpoint helpers for the packhorse-bridge scour notebooks."""
import io

import torch
from torch import nn
import torch.nn.functional as F


class ScourNet(nn.Module):
    """GRU over monthly river readings (stage, flow, turbidity, debris) -> scour depth at each pier."""

    def __init__(self, n_in=4, hidden=10, n_piers=2):
        super().__init__()
        self.embed = nn.Linear(n_in, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, n_piers)

    def forward(self, x):
        z, _ = self.gru(torch.tanh(self.embed(x)))
        return self.head(z[:, -1])


def fit(model, x, y, epochs=4, lr=1e-2, bs=4):
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    history = []
    for epoch in range(epochs):
        model.train()
        perm = torch.randperm(len(x))
        epoch_loss = 0.0
        for i in range(0, len(x), bs):
            b = perm[i:i + bs]
            opt.zero_grad()
            loss = F.mse_loss(model(x[b]), y[b])
            loss.backward()
            opt.step()
            epoch_loss += loss.item() * len(b)
        history.append(epoch_loss / len(x))
    return history


def to_bytes(model):
    buf = io.BytesIO()
    torch.save({"hidden": model.gru.hidden_size, "weights": model.state_dict()}, buf)
    return buf.getvalue()


def load_for_inference(blob):
    ckpt = torch.load(io.BytesIO(blob))
    model = ScourNet(hidden=ckpt["hidden"])
    model.load_state_dict(ckpt["weights"])
    return model.eval()
