import torch.nn as nn


class Tagger(nn.Module):
    def __init__(self, n_feat=5, hidden=8, n_tags=3):
        super().__init__()
        self.rnn = nn.RNN(n_feat, hidden, batch_first=True, bidirectional=True)
        self.tag = nn.Linear(2 * hidden, n_tags)

    def forward(self, x):
        return self.tag(self.rnn(x)[0])
