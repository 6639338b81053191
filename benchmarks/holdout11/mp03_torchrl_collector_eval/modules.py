import torch
import torch.nn as nn


class LSTMModule(nn.Module):
    """TorchRL-like LSTMModule: reads `obs` (+ recurrent state) from a dict, writes `embed` and the next state."""

    def __init__(self, input_size, hidden_size, in_key="obs", out_key="embed"):
        super().__init__()
        self.lstm = nn.LSTM(input_size, hidden_size, batch_first=True)
        self.in_key, self.out_key = in_key, out_key
        self.recurrent_mode = False

    def set_recurrent_mode(self, mode=True):
        self.recurrent_mode = mode
        return self

    def forward(self, td):
        x = td[self.in_key]
        if not self.recurrent_mode:
            x = x.unsqueeze(1)
        out, (h, c) = self.lstm(x, td.get("hidden"))
        td[self.out_key] = out if self.recurrent_mode else out[:, 0]
        td["next_hidden"] = (h, c)
        return td


class TensorDictSequential(nn.Module):
    def __init__(self, *modules):
        super().__init__()
        self.module = nn.ModuleList(modules)

    def forward(self, td):
        for m in self.module:
            td = m(td)
        return td


class CategoricalHead(nn.Module):
    def __init__(self, hidden, n_actions, in_key="embed"):
        super().__init__()
        self.linear = nn.Linear(hidden, n_actions)
        self.in_key = in_key

    def forward(self, td):
        td["logits"] = self.linear(td[self.in_key])
        return td


class ValueHead(nn.Module):
    def __init__(self, obs_dim, hidden):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(obs_dim, hidden), nn.Tanh(), nn.Linear(hidden, 1))

    def forward(self, td):
        td["state_value"] = self.net(td["obs"]).squeeze(-1)
        return td
