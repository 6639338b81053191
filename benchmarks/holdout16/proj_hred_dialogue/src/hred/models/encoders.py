import torch.nn as nn


class UtteranceEncoder(nn.Module):
    def __init__(self, emb, hid):
        super().__init__()
        self.rnn = nn.GRU(emb, hid, batch_first=True, bidirectional=True)

    def forward(self, x):
        _, h = self.rnn(x)
        return h.transpose(0, 1).reshape(x.size(0), -1)


class ContextEncoder(nn.Module):
    def __init__(self, inp, hid):
        super().__init__()
        self.rnn = nn.GRU(inp, hid, batch_first=True)

    def forward(self, utt_vecs):
        return self.rnn(utt_vecs)[1]
