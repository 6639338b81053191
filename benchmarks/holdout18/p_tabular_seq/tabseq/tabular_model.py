import torch
import torch.nn as nn
import torch.nn.functional as F


class _Backbone(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.rnn = getattr(nn, cfg.rnn_type)(cfg.n_cont, cfg.hidden, batch_first=True)
        layers, d = [], cfg.hidden
        for h in cfg.head_dims:
            layers += [nn.Linear(d, h), nn.ReLU()]
            d = h
        self.head = nn.Sequential(*layers, nn.Linear(d, cfg.n_classes))

    def forward(self, x):
        return self.head(self.rnn(x)[0][:, -1])


class TabularModel:
    def __init__(self, model_config, trainer_config):
        self.mcfg, self.tcfg = model_config, trainer_config
        self.model = _Backbone(model_config)
        self.opt = torch.optim.Adam(self.model.parameters(), lr=trainer_config.lr)

    @classmethod
    def from_config(cls, model_config, trainer_config):
        return cls(model_config, trainer_config)

    def fit(self, x, y):
        for epoch in range(self.tcfg.max_epochs):
            for i in range(0, len(x), self.tcfg.batch_size):
                self.opt.zero_grad()
                loss = F.cross_entropy(self.model(x[i:i + self.tcfg.batch_size]), y[i:i + self.tcfg.batch_size])
                loss.backward()  # TM001-here
                self.opt.step()
        return self

    def evaluate(self, x, y):
        self.model.eval()
        with torch.no_grad():
            return {"accuracy": (self.model(x).argmax(-1) == y).float().mean().item()}

    def predict(self, x):
        self.model.eval()
        with torch.no_grad():
            return self.model(x).softmax(-1)
