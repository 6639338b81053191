from torch import nn


class ToneEncoder(nn.Module):
    """Pretrained partials encoder; used frozen."""

    def __init__(self, n_in=8, hidden=12):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, batch_first=True)

    def forward(self, x):
        _, h = self.gru(x)
        return h[-1]

    def frozen(self):
        for p in self.parameters():
            p.requires_grad_(False)
        return self.eval()
