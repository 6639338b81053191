import torch.nn as nn


class TalkGRU(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(8, 8, batch_first=True)
        self.fc = nn.Linear(8, 1)

    def forward(self, frames):
        return self.fc(self.gru(frames)[0]).squeeze(-1)
