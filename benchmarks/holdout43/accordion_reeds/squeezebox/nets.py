import torch
import torch.nn as nn

from .zoo import register


@register("bellows")
class BellowsNet(nn.Module):
    """Bellows pressure trace -> which of 4 reed banks is sounding."""

    def __init__(self, n_in=3, hidden=12, n_banks=4):
        super().__init__()
        self.embed = nn.Linear(n_in, hidden)
        self.rnn = nn.LSTM(hidden, hidden, num_layers=1, batch_first=True)
        self.cls = nn.Linear(hidden, n_banks)

    def forward(self, x):
        out, (h, _) = self.rnn(torch.tanh(self.embed(x)))
        return self.cls(h[-1])

    @classmethod
    def from_pretrained(cls, state, **kwargs):
        model = cls(**kwargs)
        model.load_state_dict(state)
        return model.eval()


@register("bellows_small")
class SmallBellowsNet(BellowsNet):
    def __init__(self, n_in=3, hidden=6, n_banks=4):
        super().__init__(n_in, hidden, n_banks)
