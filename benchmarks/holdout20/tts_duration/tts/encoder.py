import torch.nn as nn


class PhonemeEncoder(nn.Module):
    def __init__(self, n_phonemes, dim):
        super().__init__()
        self.emb = nn.Embedding(n_phonemes, dim)
        self.lstm = nn.LSTM(dim, dim // 2, batch_first=True, bidirectional=True)

    def forward(self, phonemes):
        return self.lstm(self.emb(phonemes))[0]
