import torch.nn as nn


class FrameTagger(nn.Module):
    def __init__(self, n_feat, n_phones, hidden):
        super().__init__()
        self.rnn = nn.GRU(n_feat, hidden, batch_first=True, bidirectional=True)
        self.drop = nn.Dropout(0.1)
        self.out = nn.Linear(2 * hidden, n_phones)

    def forward(self, feats):
        h, _ = self.rnn(feats)
        return self.out(self.drop(h))
