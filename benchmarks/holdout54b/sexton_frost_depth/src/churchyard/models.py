import torch.nn as nn


class FrostModel(nn.Module):
    CLASSES = 3  # diggable, pick-axe, wait

    def __init__(self, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(4, hidden, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.head = nn.Linear(hidden, self.CLASSES)

    def forward(self, nights):
        h, _ = self.lstm(nights)
        return self.head(self.drop(h[:, -1]))
