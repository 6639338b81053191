from torch import nn


class LayerNormGRU(nn.Module):
    """A GRU followed by layer norm on every step's output."""

    def __init__(self, n_in, hidden):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, batch_first=True)
        self.ln = nn.LayerNorm(hidden)

    def forward(self, x):
        out, _ = self.gru(x)
        return self.ln(out)
