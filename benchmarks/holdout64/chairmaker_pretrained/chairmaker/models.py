import torch
from torch import nn

from .registry import register


class _Base(nn.Module):
    @classmethod
    def from_pretrained(cls, path, **kw):
        model = cls(**kw)
        model.load_state_dict(torch.load(path))
        return model.eval()

    def encode(self, x):
        raise NotImplementedError

    def forward(self, x):
        return self.head(self.encode(x))


@register("joint-lstm")
class JointStrainModel(_Base):
    """Predicts which chair joint fails first from load-cycle traces."""

    def __init__(self, n_feat=3, hidden=8, n_joints=4):
        super().__init__()
        self.rnn = nn.LSTM(n_feat, hidden, batch_first=True, bidirectional=True)
        self.head = nn.Linear(2 * hidden, n_joints)

    def encode(self, x):
        out, _ = self.rnn(x)
        return out[:, -1]
