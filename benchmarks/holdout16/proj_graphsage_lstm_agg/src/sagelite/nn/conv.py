import torch
import torch.nn as nn

from sagelite.nn.aggr import LSTMAggregation


class SAGEConv(nn.Module):
    def __init__(self, in_dim, out_dim):
        super().__init__()
        self.aggr = LSTMAggregation(in_dim, out_dim)
        self.lin_self = nn.Linear(in_dim, out_dim)

    def forward(self, x, neighbors):
        return torch.relu(self.lin_self(x) + self.aggr(x[neighbors]))


class GraphSAGE(nn.Module):
    def __init__(self, in_dim, hid, classes):
        super().__init__()
        self.conv1 = SAGEConv(in_dim, hid)
        self.conv2 = SAGEConv(hid, hid)
        self.cls = nn.Linear(hid, classes)

    def forward(self, x, neighbors):
        return self.cls(self.conv2(self.conv1(x, neighbors), neighbors))
