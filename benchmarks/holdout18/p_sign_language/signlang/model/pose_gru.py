import torch.nn as nn


class PoseGRU(nn.Module):
    """Isolated sign recognition from 2-D pose keypoints."""

    def __init__(self, keypoints, hidden, classes):
        super().__init__()
        self.gru = nn.GRU(2 * keypoints, hidden, batch_first=True, bidirectional=True)
        self.cls = nn.Linear(2 * hidden, classes)

    def forward(self, poses):
        return self.cls(self.gru(poses.flatten(2))[0].max(1).values)
