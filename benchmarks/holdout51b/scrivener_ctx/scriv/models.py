import torch.nn as nn


class QuillNet(nn.Module):
    """Pen strokes (dx, dy, pressure) of one handwritten letter -> letter class."""

    def __init__(self, n_letters=6, hidden=12):
        super().__init__()
        self.strokes = nn.LSTM(3, hidden, num_layers=2, dropout=0.25, batch_first=True)
        self.letter = nn.Linear(hidden, n_letters)

    def forward(self, x):
        return self.letter(self.strokes(x)[0][:, -1])
