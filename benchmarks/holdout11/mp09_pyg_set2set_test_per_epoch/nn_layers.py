import torch
import torch.nn as nn


class DenseGraphConv(nn.Module):
    """x' = W1 x + W2 (A x); graphs are batched as dense (B, N, N) adjacency."""

    def __init__(self, in_channels, out_channels):
        super().__init__()
        self.lin_root = nn.Linear(in_channels, out_channels)
        self.lin_rel = nn.Linear(in_channels, out_channels, bias=False)

    def forward(self, x, adj):
        return self.lin_root(x) + self.lin_rel(adj @ x)


class Set2Set(nn.Module):
    """PyG's Set2Set readout: an LSTM drives attention over the nodes for `processing_steps` steps."""

    def __init__(self, in_channels, processing_steps):
        super().__init__()
        self.in_channels, self.processing_steps = in_channels, processing_steps
        self.lstm = nn.LSTM(2 * in_channels, in_channels, batch_first=True)

    def forward(self, x, mask):
        B = x.size(0)
        h = (x.new_zeros(1, B, self.in_channels), x.new_zeros(1, B, self.in_channels))
        q_star = x.new_zeros(B, 2 * self.in_channels)
        for _ in range(self.processing_steps):
            q, h = self.lstm(q_star.unsqueeze(1), h)
            e = (x * q).sum(-1).masked_fill(~mask, float("-inf"))
            a = torch.softmax(e, -1).unsqueeze(-1)
            q_star = torch.cat([q.squeeze(1), (a * x).sum(1)], -1)
        return q_star
