"""The estimator: the recurrent layer sits in base.SpatioTemporal, three modules deep."""
import torch.nn as nn

import base


class Estimator(nn.Module):
    def __init__(self):
        super(Estimator, self).__init__()
        self.spatio_temporal = base.SpatioTemporal()
        self.head = nn.Linear(16, 1)

    def forward(self, traj):
        return self.head(self.spatio_temporal(traj))


class Net(nn.Module):
    def __init__(self, alpha=0.3):
        super(Net, self).__init__()
        self.alpha = alpha
        self.estimator = Estimator()

    def eval_on_batch(self, traj, label):
        pred = self.estimator(traj)
        return pred, (pred - label).abs().mean()
