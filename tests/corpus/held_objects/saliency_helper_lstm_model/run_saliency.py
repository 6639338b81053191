# expect: crash
"""A helper module computes input saliency in eval mode on whatever model it is given; this script gives
it an LSTM tagger, whose cuDNN backward refuses to run in eval mode."""
import torch
import torch.nn as nn

from attribution import input_saliency


class LstmTagger(nn.Module):
    def __init__(self, hidden=6):
        super().__init__()
        self.rnn = nn.LSTM(3, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 4)

    def forward(self, x):
        return self.head(self.rnn(x)[0][:, -1])


if __name__ == "__main__":
    torch.manual_seed(0)
    print(input_saliency(LstmTagger(), torch.randn(2, 5, 3), torch.tensor([1, 3])))
