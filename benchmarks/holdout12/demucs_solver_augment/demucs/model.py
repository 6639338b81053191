import torch
from torch import nn


class BLSTM(nn.Module):
    def __init__(self, dim, layers=1):
        super().__init__()
        self.lstm = nn.LSTM(bidirectional=True, num_layers=layers, hidden_size=dim, input_size=dim)
        self.linear = nn.Linear(2 * dim, dim)

    def forward(self, x):
        x = x.permute(2, 0, 1)
        x = self.lstm(x)[0]
        x = self.linear(x)
        return x.permute(1, 2, 0)


class Demucs(nn.Module):
    def __init__(self, sources=2, audio_channels=1, channels=4, depth=2):
        super().__init__()
        self.sources, self.audio_channels = sources, audio_channels
        self.encoder, self.decoder = nn.ModuleList(), nn.ModuleList()
        in_ch, ch = audio_channels, channels
        for index in range(depth):
            self.encoder.append(nn.Sequential(nn.Conv1d(in_ch, ch, 4, 2, 1), nn.ReLU()))
            out_ch = sources * audio_channels if index == 0 else in_ch
            self.decoder.insert(0, nn.Sequential(nn.ConvTranspose1d(ch, out_ch, 4, 2, 1),
                                                 nn.ReLU() if index > 0 else nn.Identity()))
            in_ch, ch = ch, ch * 2
        self.lstm = BLSTM(in_ch)

    def forward(self, mix):
        x, saved = mix, []
        for encode in self.encoder:
            x = encode(x)
            saved.append(x)
        x = self.lstm(x)
        for decode in self.decoder:
            x = decode(x + saved.pop(-1))
        return x.view(x.size(0), self.sources, self.audio_channels, x.size(-1))
