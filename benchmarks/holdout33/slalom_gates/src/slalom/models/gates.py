import torch.nn as nn

from .registry import register


@register("gate_scorer")
class GateScorer(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.GRU(3, hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h.mean(1))  # log-rate of penalties

    @classmethod
    def for_inference(cls, **kwargs):
        """The released scorer: built, (weights would be loaded here), ready to score."""
        model = cls(**kwargs)
        return model.eval()
