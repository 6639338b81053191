import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence


class PackedBiLSTMEncoder(nn.Module):
    def __init__(self, vocab=60, dim=8, hidden=12, layers=2):
        super().__init__()
        self.embedding = nn.Embedding(vocab, dim, padding_idx=0)
        self.rnn = nn.LSTM(dim, hidden, layers, batch_first=True, bidirectional=True, dropout=0.1)

    def forward(self, ids, lengths):
        packed = pack_padded_sequence(self.embedding(ids), lengths.cpu(), batch_first=True, enforce_sorted=False)
        out, _ = self.rnn(packed)
        out, _ = pad_packed_sequence(out, batch_first=True)
        mask = (ids[:, :out.size(1)] != 0).unsqueeze(-1)
        return (out * mask).sum(1) / mask.sum(1)


class PackedGRUEncoder(PackedBiLSTMEncoder):
    def __init__(self, vocab=60, dim=8, hidden=12, layers=1):
        super().__init__(vocab, dim, hidden, layers)
        self.rnn = nn.GRU(dim, hidden, layers, batch_first=True, bidirectional=True)
