import torch
from torch import nn

ZOO = {}


def register(name):
    def deco(cls):
        ZOO[name] = cls
        return cls

    return deco


@register("route-gru-small")
class RouteEncoder(nn.Module):
    def __init__(self, n_in=4, hidden=8):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, batch_first=True)

    def forward(self, x):
        h, _ = self.gru(x)
        return h[:, -1]

    @classmethod
    def pretrained(cls):
        torch.manual_seed(60)
        model = cls()
        # weights would be loaded here; the zoo hands models out ready for inference
        return model.eval()
