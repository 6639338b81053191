import torch.nn as nn


class MovePolicy(nn.Module):
    def __init__(self, board=16, hidden=8, n_moves=20):
        super().__init__()
        self.lstm = nn.LSTM(board, hidden, batch_first=True)
        self.head = nn.Linear(hidden, n_moves)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.head(h[:, -1])
