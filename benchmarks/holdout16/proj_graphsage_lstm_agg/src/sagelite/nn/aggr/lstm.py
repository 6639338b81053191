import torch
import torch.nn as nn


class LSTMAggregation(nn.Module):
    """Runs an LSTM over a (randomly permuted) neighbour sequence; last state."""

    def __init__(self, in_dim, out_dim):
        super().__init__()
        self.lstm = nn.LSTM(in_dim, out_dim, batch_first=True)

    def forward(self, neigh_feats):
        perm = torch.randperm(neigh_feats.size(1))
        return self.lstm(neigh_feats[:, perm])[0][:, -1]
