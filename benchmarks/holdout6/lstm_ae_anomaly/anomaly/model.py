"""Sequence-to-sequence LSTM autoencoder for multivariate sensor windows."""
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, n_features, embedding_dim):
        super().__init__()
        self.rnn = nn.LSTM(n_features, embedding_dim, batch_first=True)

    def forward(self, x):
        _, (h, _) = self.rnn(x)
        return h[-1]


class Decoder(nn.Module):
    def __init__(self, embedding_dim, n_features, seq_len):
        super().__init__()
        self.seq_len = seq_len
        self.rnn = nn.LSTM(embedding_dim, embedding_dim, batch_first=True)
        self.output_layer = nn.Linear(embedding_dim, n_features)

    def forward(self, z):
        z = z.unsqueeze(1).repeat(1, self.seq_len, 1)
        out, _ = self.rnn(z)
        return self.output_layer(out)


class RecurrentAutoencoder(nn.Module):
    def __init__(self, seq_len, n_features, embedding_dim=8):
        super().__init__()
        self.encoder = Encoder(n_features, embedding_dim)
        self.decoder = Decoder(embedding_dim, n_features, seq_len)

    def forward(self, x):
        return self.decoder(self.encoder(x))
