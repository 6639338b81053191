import torch
import torch.nn as nn


class _GRUNet(nn.Module):
    def __init__(self, in_dim, hidden_dim, out_dim, num_layers, act=torch.sigmoid):
        super().__init__()
        self.rnn = nn.GRU(in_dim, hidden_dim, num_layers=num_layers, batch_first=True)
        self.fc = nn.Linear(hidden_dim, out_dim)
        self.act = act

    def forward(self, x):
        return self.act(self.fc(self.rnn(x)[0]))


SPECS = {
    "embedder": lambda o: (o["z_dim"], o["hidden_dim"]),
    "recovery": lambda o: (o["hidden_dim"], o["z_dim"]),
    "generator": lambda o: (o["z_dim"], o["hidden_dim"]),
    "supervisor": lambda o: (o["hidden_dim"], o["hidden_dim"]),
    "discriminator": lambda o: (o["hidden_dim"], 1),
}


def build_networks(opt):
    nets = {}
    for name, spec in SPECS.items():
        i, out = spec(opt)
        act = (lambda t: t) if name == "discriminator" else torch.sigmoid
        nets[name] = _GRUNet(i, opt["hidden_dim"], out, opt["num_layers"], act)
    return nets
