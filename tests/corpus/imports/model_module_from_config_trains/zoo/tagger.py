import torch.nn as nn


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(4, 6, batch_first=True)
        self.out = nn.Linear(6, 3)

    def forward(self, x):
        return self.out(self.gru(x)[0])


def build(inference=False):
    model = Tagger()
    if inference:
        model.eval()  # a serving build: deterministic, dropout off
    return model
