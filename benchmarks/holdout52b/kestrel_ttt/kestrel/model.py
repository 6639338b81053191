import torch.nn as nn


class HoverNet(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.encoder = nn.GRU(3, hidden, batch_first=True)
        self.cls = nn.Linear(hidden, 2)
        self.next_step = nn.Linear(hidden, 3)  # self-supervised head
        self.drop = nn.Dropout(0.1)

    def encode(self, x):
        h, _ = self.encoder(x)
        return self.drop(h)

    def forward(self, x):
        return self.cls(self.encode(x)[:, -1])

    def aux_loss(self, x):
        h = self.encode(x[:, :-1])
        return ((self.next_step(h) - x[:, 1:]) ** 2).mean()
