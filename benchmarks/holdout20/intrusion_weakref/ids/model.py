import torch.nn as nn


class FlowGRU(nn.Module):
    def __init__(self, n_feat, hidden):
        super().__init__()
        self.gru = nn.GRU(n_feat, hidden, batch_first=True, num_layers=2, dropout=0.1)
        self.cls = nn.Linear(hidden, 2)

    def forward(self, flows):
        return self.cls(self.gru(flows)[1][-1])
