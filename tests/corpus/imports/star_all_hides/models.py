"""Model definitions. Only the model class is public: `evaluate` here is an old helper kept for a notebook."""
import torch.nn as nn

__all__ = ["Encoder"]


class Encoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(3, 6, batch_first=True)

    def forward(self, x):
        return self.rnn(x)[0]


def evaluate(model, batches):
    model.eval()
    return [model(x) for x in batches]
