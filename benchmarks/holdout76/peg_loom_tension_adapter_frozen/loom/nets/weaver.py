from torch import nn


class WeftModel(nn.Module):
    def __init__(self, n_sensors, hidden):
        super().__init__()
        self.adapter = nn.Linear(n_sensors, hidden)
        self.encoder = nn.GRU(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)
        self.frozen = set()

    def forward(self, x):
        h, _ = self.encoder(self.adapter(x))
        return self.head(h[:, -1]).squeeze(-1)

    def train(self, mode=True):
        super().train(mode)
        for name, child in self.named_children():
            if name in self.frozen:
                child.eval()
        return self


def freeze(model, names):
    model.frozen = set(names)
    for name, module in model.named_modules():
        if name.split(".")[0] in model.frozen:
            for p in module.parameters(recurse=False):
                p.requires_grad_(False)
    model.train()
