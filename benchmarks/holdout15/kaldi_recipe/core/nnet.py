import torch
import torch.nn as nn


class MLP(nn.Module):
    def __init__(self, options, inp_dim):
        super().__init__()
        self.out_dim = int(options["dnn_lay"])
        self.net = nn.Sequential(nn.Linear(inp_dim, self.out_dim), nn.ReLU(), nn.Dropout(0.15))

    def forward(self, x):
        return self.net(x)


class LSTM(nn.Module):
    def __init__(self, options, inp_dim):
        super().__init__()
        self.out_dim = int(options["lstm_lay"])
        self.lstm = nn.LSTM(inp_dim, self.out_dim, num_layers=int(options["lstm_layers"]), dropout=0.2)

    def forward(self, x):
        return self.lstm(x)[0]


ARCH_CLASSES = {"MLP": MLP, "LSTM": LSTM}


def build_nets(config, feat_dim, n_out):
    nns, optimizers = {}, {}
    inp_dim = feat_dim
    for section in sorted(s for s in config.sections() if s.startswith("architecture")):
        opts = config[section]
        net = ARCH_CLASSES[opts["arch_class"]](opts, inp_dim)
        nns[opts["arch_name"]] = net
        optimizers[opts["arch_name"]] = torch.optim.SGD(net.parameters(), lr=float(opts["arch_lr"]))
        inp_dim = net.out_dim
    nns["out_layer"] = nn.Linear(inp_dim, n_out)
    optimizers["out_layer"] = torch.optim.SGD(nns["out_layer"].parameters(), lr=0.01)
    return nns, optimizers
