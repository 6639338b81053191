import torch.nn as nn


class PoseEncoder(nn.Module):
    def __init__(self, keypoints, hidden):
        super().__init__()
        self.rnn = nn.GRU(keypoints, hidden, num_layers=2, batch_first=True, dropout=0.1)

    def forward(self, poses):
        mem, h = self.rnn(poses)
        return mem, h[-1:]

    @classmethod
    def pretrained(cls, **kw):
        enc = cls(**kw)
        enc.requires_grad_(False)
        return enc.eval()
