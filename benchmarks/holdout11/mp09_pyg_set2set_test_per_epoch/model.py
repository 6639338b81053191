import torch
import torch.nn as nn

from nn_layers import DenseGraphConv, Set2Set


class Net(nn.Module):
    def __init__(self, num_features=3, dim=16):
        super().__init__()
        self.lin0 = nn.Linear(num_features, dim)
        self.convs = nn.ModuleList([DenseGraphConv(dim, dim) for _ in range(2)])
        self.set2set = Set2Set(dim, processing_steps=3)
        self.lin1 = nn.Linear(2 * dim, dim)
        self.lin2 = nn.Linear(dim, 1)

    def forward(self, data):
        out = torch.relu(self.lin0(data["x"]))
        for conv in self.convs:
            out = torch.relu(conv(out, data["adj"]))
        out = self.set2set(out, data["mask"])
        return self.lin2(torch.relu(self.lin1(out))).view(-1)
