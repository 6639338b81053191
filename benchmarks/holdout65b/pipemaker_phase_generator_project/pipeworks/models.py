import torch.nn as nn

from pipeworks.registry import register


@register("bowl_lstm")
class BowlLSTM(nn.Module):
    """Predicts draw resistance of a clay pipe from its bore diameter profile."""

    def __init__(self, hid=8):
        super().__init__()
        self.lstm = nn.LSTM(1, hid, batch_first=True)
        self.drop = nn.Dropout(0.1)
        self.out = nn.Linear(hid, 1)

    def forward(self, x):
        return self.out(self.drop(self.lstm(x)[0][:, -1])).squeeze(-1)


@register("bowl_gru")
class BowlGRU(BowlLSTM):
    def __init__(self, hid=8):
        super().__init__(hid)
        self.lstm = nn.GRU(1, hid, batch_first=True)
