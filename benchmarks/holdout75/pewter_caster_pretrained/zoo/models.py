from torch import nn

from .registry import MODELS, register


class Backbone(nn.Module):
    def __init__(self, features, hidden):
        super().__init__()
        self.proj = nn.Linear(features, hidden)
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)

    def forward(self, x):
        out, _ = self.rnn(self.proj(x))
        return out[:, -1]


@register("mould-gru")
class MouldGRU(nn.Module):
    def __init__(self, features=3, hidden=8):
        super().__init__()
        self.backbone = Backbone(features, hidden)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.head(self.backbone(x))

    @classmethod
    def from_pretrained(cls, state, **kwargs):
        model = cls(**kwargs)
        model.load_state_dict(state)
        return model.eval()


def build_pretrained(name, state, **kwargs):
    return MODELS[name].from_pretrained(state, **kwargs)
