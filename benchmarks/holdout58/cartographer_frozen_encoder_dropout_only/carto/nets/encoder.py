import torch.nn as nn


class TraverseEncoder(nn.Module):
    def __init__(self, d_in, hidden):
        super().__init__()
        self.drop = nn.Dropout(0.2)
        self.rnn = nn.GRU(d_in, hidden, batch_first=True)

    def forward(self, x):
        out, _ = self.rnn(self.drop(x))
        return out.mean(1)
