# expect: crash
"""Demucs-like waveform U-Net with a BiLSTM at the bottleneck. The training mode is
taken from a config flag that the 'finetune-frozen-stats' recipe switches off."""
import torch
import torch.nn as nn
import torch.nn.functional as F

CONFIG = {"recipe": "finetune-frozen-stats", "channels": 4, "depth": 2, "lr": 3e-4}


class BLSTM(nn.Module):
    def __init__(self, dim, layers=1):
        super().__init__()
        self.lstm = nn.LSTM(dim, dim, num_layers=layers, bidirectional=True)
        self.linear = nn.Linear(2 * dim, dim)

    def forward(self, x):
        x = x.permute(2, 0, 1)
        x = self.linear(self.lstm(x)[0])
        return x.permute(1, 2, 0)


class Demucs(nn.Module):
    def __init__(self, channels=4, depth=2):
        super().__init__()
        self.encoder, self.decoder = nn.ModuleList(), nn.ModuleList()
        ch_in = 1
        for i in range(depth):
            self.encoder.append(nn.Sequential(nn.Conv1d(ch_in, channels, 4, 2, 1), nn.ReLU()))
            self.decoder.insert(0, nn.ConvTranspose1d(channels, ch_in, 4, 2, 1))
            ch_in = channels
        self.lstm = BLSTM(channels)

    def forward(self, mix):
        x, skips = mix, []
        for enc in self.encoder:
            x = enc(x)
            skips.append(x)
        x = self.lstm(x)
        for dec in self.decoder:
            x = dec(x + skips.pop())
        return x


def train_mode_for(recipe):
    return recipe not in ("finetune-frozen-stats", "eval")


def main():
    torch.manual_seed(0)
    model = Demucs(CONFIG["channels"], CONFIG["depth"])
    model.train(mode=train_mode_for(CONFIG["recipe"]))
    opt = torch.optim.Adam(model.parameters(), lr=CONFIG["lr"])
    for step in range(2):
        mix = torch.randn(2, 1, 16)
        est = model(mix)
        loss = F.l1_loss(est, mix * 0.5)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        print(step, loss.item())


if __name__ == "__main__":
    main()
