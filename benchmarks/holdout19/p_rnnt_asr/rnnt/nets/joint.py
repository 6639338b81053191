import torch
import torch.nn as nn

from .encoder import AudioEncoder
from .predictor import LabelPredictor


class JointNet(nn.Module):
    def __init__(self, hidden=8, vocab=6):
        super().__init__()
        self.fc = nn.Linear(2 * hidden, hidden)
        self.out = nn.Linear(hidden, vocab)

    def forward(self, enc, pred):
        # enc: B x T x H, pred: B x U x H -> B x T x U x V
        t, u = enc.shape[1], pred.shape[1]
        x = torch.cat([enc.unsqueeze(2).expand(-1, -1, u, -1), pred.unsqueeze(1).expand(-1, t, -1, -1)], -1)
        return self.out(torch.tanh(self.fc(x))).log_softmax(-1)


class Transducer(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = AudioEncoder()
        self.predictor = LabelPredictor()
        self.joint = JointNet()

    def forward(self, feats, labels):
        return self.joint(self.encoder(feats), self.predictor(labels)[0])
