import torch
import torch.nn as nn


class DraughtEncoder(nn.Module):
    def __init__(self, n_in=3, hidden=12):
        super().__init__()
        self.norm = nn.LayerNorm(n_in)
        self.lstm = nn.LSTM(n_in, hidden, num_layers=2, batch_first=True, dropout=0.1)

    def forward(self, x):
        out, _ = self.lstm(self.norm(x))
        return out.mean(1)


def load_pretrained_encoder(hidden=12):
    """Stands in for loading a checkpoint: a frozen encoder in eval mode."""
    enc = DraughtEncoder(hidden=hidden)
    state = {k: v + 0.01 * torch.randn_like(v) for k, v in enc.state_dict().items()}
    enc.load_state_dict(state)
    for p in enc.parameters():
        p.requires_grad_(False)
    return enc.eval()
