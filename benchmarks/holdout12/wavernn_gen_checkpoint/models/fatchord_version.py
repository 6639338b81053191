import torch
import torch.nn as nn
import torch.nn.functional as F


class UpsampleNetwork(nn.Module):
    def __init__(self, feat_dims, upsample_factor):
        super().__init__()
        self.factor = upsample_factor
        self.conv = nn.Conv1d(feat_dims, feat_dims, 1)

    def forward(self, m):
        return F.interpolate(self.conv(m), scale_factor=self.factor).transpose(1, 2)


class WaveRNN(nn.Module):
    def __init__(self, rnn_dims, fc_dims, bits, pad, upsample_factor, feat_dims):
        super().__init__()
        self.n_classes = 2 ** bits
        self.pad = pad
        self.min_frames = 3
        self.upsample = UpsampleNetwork(feat_dims, upsample_factor)
        self.I = nn.Linear(feat_dims + 1, rnn_dims)
        self.rnn1 = nn.GRU(rnn_dims, rnn_dims, batch_first=True)
        self.rnn2 = nn.GRU(rnn_dims, rnn_dims, batch_first=True)
        self.fc1 = nn.Linear(rnn_dims, fc_dims)
        self.fc3 = nn.Linear(fc_dims, self.n_classes)

    def forward(self, x, mels):
        mels = self.upsample(mels)[:, :x.size(1)]
        x = self.I(torch.cat([x.unsqueeze(-1), mels], dim=2))
        res = x
        x, _ = self.rnn1(x)
        x = x + res
        x, _ = self.rnn2(x)
        return self.fc3(F.relu(self.fc1(x)))

    def generate(self, mels, save_path, batched, target=None, overlap=None):
        self.eval()
        if mels.size(-1) < self.min_frames:
            print("| mel too short, skipping generation")
            return torch.zeros(0)
        output = []
        with torch.no_grad():
            m = self.upsample(mels)
            x = torch.zeros(mels.size(0), 1)
            h1 = h2 = None
            for i in range(m.size(1)):
                inp = self.I(torch.cat([x.unsqueeze(-1), m[:, i:i + 1]], dim=2))
                o1, h1 = self.rnn1(inp, h1)
                o2, h2 = self.rnn2(o1 + inp, h2)
                logits = self.fc3(F.relu(self.fc1(o2)))
                sample = torch.distributions.Categorical(logits=logits.squeeze(1)).sample()
                x = (2 * sample.float() / (self.n_classes - 1.) - 1.).unsqueeze(-1)
                output.append(x)
        self.train()
        return torch.cat(output, 1)
