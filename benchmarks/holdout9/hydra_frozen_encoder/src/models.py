import torch.nn as nn


class PretrainedEncoder(nn.Module):
    def __init__(self, in_dim, hidden, freeze=False):
        super().__init__()
        self.lstm = nn.LSTM(in_dim, hidden, batch_first=True)
        if freeze:
            self.requires_grad_(False)
            self.eval()

    def forward(self, x):
        out, _ = self.lstm(x)
        return out[:, -1]
