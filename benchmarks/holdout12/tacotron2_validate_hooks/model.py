import torch
from torch import nn


class Encoder(nn.Module):
    def __init__(self, hparams):
        super().__init__()
        self.convolutions = nn.Sequential(nn.Conv1d(hparams.encoder_embedding_dim, hparams.encoder_embedding_dim, 3,
                                                    padding=1), nn.BatchNorm1d(hparams.encoder_embedding_dim), nn.ReLU())
        self.lstm = nn.LSTM(hparams.encoder_embedding_dim, hparams.encoder_embedding_dim // 2, 1,
                            batch_first=True, bidirectional=True)

    def forward(self, x):
        x = self.convolutions(x).transpose(1, 2)
        outputs, _ = self.lstm(x)
        return outputs


class Decoder(nn.Module):
    def __init__(self, hparams):
        super().__init__()
        self.prenet = nn.Sequential(nn.Linear(hparams.n_mel_channels, 8), nn.ReLU(), nn.Dropout(0.5))
        self.decoder_rnn = nn.LSTM(8 + hparams.encoder_embedding_dim, hparams.decoder_rnn_dim, batch_first=True)
        self.linear_projection = nn.Linear(hparams.decoder_rnn_dim, hparams.n_mel_channels)

    def forward(self, memory, mel_inputs):
        ctx = memory.mean(1, keepdim=True).expand(-1, mel_inputs.size(1), -1)
        h, _ = self.decoder_rnn(torch.cat([self.prenet(mel_inputs), ctx], -1))
        return self.linear_projection(h)


class Tacotron2(nn.Module):
    def __init__(self, hparams):
        super().__init__()
        self.embedding = nn.Embedding(hparams.n_symbols, hparams.symbols_embedding_dim)
        self.encoder = Encoder(hparams)
        self.decoder = Decoder(hparams)

    def forward(self, inputs):
        text, mels = inputs
        memory = self.encoder(self.embedding(text).transpose(1, 2))
        return self.decoder(memory, mels)
