import torch
import torch.nn as nn


class QRNNLayer(nn.Module):
    """Quasi-recurrent layer: convolutional gates, fo-pooling in a Python loop."""

    def __init__(self, d_in, d_h, k=2):
        super().__init__()
        self.k = k
        self.conv = nn.Conv1d(d_in, 3 * d_h, k)

    def forward(self, x):
        x = nn.functional.pad(x.transpose(1, 2), (self.k - 1, 0))
        z, f, o = self.conv(x).chunk(3, 1)
        z, f, o = z.tanh(), f.sigmoid(), o.sigmoid()
        c = torch.zeros_like(z[..., 0])
        hs = []
        for t in range(z.shape[-1]):
            c = f[..., t] * c + (1 - f[..., t]) * z[..., t]
            hs.append(o[..., t] * c)
        return torch.stack(hs, 1)
