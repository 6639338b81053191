from torch import nn


class DogPacer(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.gru = nn.GRU(4, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        _, h = self.gru(x)
        return self.fc(h[-1])


_HIDDEN = {"lead": 12, "swing": 8, "wheel": 6}


def build_dog(position):
    return DogPacer(_HIDDEN[position])
