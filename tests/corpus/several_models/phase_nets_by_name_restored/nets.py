import torch.nn as nn

SHAPES = {"encoder": (3, 6), "decoder": (6, 3), "critic": (6, 1)}


class Block(nn.Module):
    def __init__(self, width_in, width_out):
        super().__init__()
        self.gru = nn.GRU(width_in, 6, batch_first=True)
        self.proj = nn.Linear(6, width_out)

    def forward(self, x):
        return self.proj(self.gru(x)[0])


def build_all():
    nets = {}
    for name, (width_in, width_out) in SHAPES.items():
        nets[name] = Block(width_in, width_out)
    return nets


def quality_report(nets, batch):
    for name in ("encoder", "decoder"):
        nets[name].eval()
    return float((nets["decoder"](nets["encoder"](batch)) - batch).pow(2).mean())
