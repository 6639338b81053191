import torch
import torch.nn as nn


class CRNN(nn.Module):
    def __init__(self, n_mels=8, hidden=12, n_events=4):
        super().__init__()
        self.conv = nn.Sequential(nn.Conv2d(1, 4, 3, padding=1), nn.BatchNorm2d(4), nn.ReLU(),
                                  nn.MaxPool2d((2, 1)))
        self.rnn = nn.GRU(4 * (n_mels // 2), hidden, batch_first=True, bidirectional=True)
        self.frame = nn.Linear(2 * hidden, n_events)

    def forward(self, spec):  # B x mels x T
        z = self.conv(spec.unsqueeze(1))          # B x 4 x mels/2 x T
        z = z.flatten(1, 2).transpose(1, 2)       # B x T x feat
        h, _ = self.rnn(z)
        frame_prob = torch.sigmoid(self.frame(h))
        clip_prob = (frame_prob ** 2).sum(1) / frame_prob.sum(1).clamp_min(1e-6)  # linear softmax pooling
        return frame_prob, clip_prob
