# expect: clean
# category: dynamic
"""Model picked from a registry by string, model.apply() init, and only Dropout modules switched to eval."""
import torch
from torch import nn

torch.manual_seed(44)
MODELS = {}


def register(name):
    def deco(cls):
        MODELS[name] = cls
        return cls
    return deco


class Base(nn.Module):
    rnn_cls = None

    def __init__(self, d_in=4, hidden=10, n_out=2):
        super().__init__()
        self.rnn = self.rnn_cls(d_in, hidden, num_layers=2, batch_first=True, dropout=0.3)
        self.drop = nn.Dropout(0.3)
        self.fc = nn.Linear(hidden, n_out)

    def forward(self, x):
        return self.fc(self.drop(self.rnn(x)[0][:, -1]))


@register("gru")
class GRUNet(Base):
    rnn_cls = nn.GRU


@register("lstm")
class LSTMNet(Base):
    rnn_cls = nn.LSTM


def init_weights(m):
    if isinstance(m, nn.Linear):
        nn.init.xavier_uniform_(m.weight)
        nn.init.zeros_(m.bias)
    elif isinstance(m, (nn.LSTM, nn.GRU)):
        for name, p in m.named_parameters():
            if "weight_hh" in name:
                nn.init.orthogonal_(p)


config = {"model": "lstm", "deterministic_head": True}
net = MODELS[config["model"]]()
net.apply(init_weights)
if config["deterministic_head"]:
    for m in net.modules():
        if isinstance(m, nn.Dropout):
            m.eval()  # only the explicit Dropout layers; the RNN keeps training mode
opt = torch.optim.Adam(net.parameters(), lr=1e-2)
for step in range(4):
    x, y = torch.randn(6, 8, 4), torch.randint(0, 2, (6,))
    loss = nn.functional.cross_entropy(net(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
print("trained", type(net).__name__, "loss", round(loss.item(), 3))
