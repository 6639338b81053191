import functools

import torch
import torch.nn as nn


class LSTMWrapper(nn.Module):
    def __init__(self, obs_dim, num_outputs, cell_size):
        super().__init__()
        self.lstm = nn.LSTM(obs_dim, cell_size, batch_first=True)
        self.logits = nn.Linear(cell_size, num_outputs)
        self.cell_size = cell_size

    def forward(self, obs, state):
        out, (h, c) = self.lstm(obs, state)
        return self.logits(out), [h, c]


def with_lock(fn):
    @functools.wraps(fn)
    def wrapper(self, *a, **kw):
        with self._lock:
            return fn(self, *a, **kw)
    return wrapper


class TorchPolicy:
    def __init__(self, model, optimizer):
        import threading
        self.model = model
        self._optimizer = optimizer
        self._lock = threading.RLock()

    @with_lock
    def compute_actions(self, obs_batch, state_batches=None, **kwargs):
        with torch.no_grad():
            self.model.eval()
            logits, state_out = self.model(obs_batch, state_batches)
            actions = torch.distributions.Categorical(logits=logits).sample()
        return actions, state_out, {"logits": logits}

    @with_lock
    def learn_on_batch(self, postprocessed_batch):
        self.model.train()
        loss = self.loss(self.model, postprocessed_batch)
        self._optimizer.zero_grad()
        loss.backward()
        self._optimizer.step()
        return {"policy_loss": loss.item()}


class RecurrentPGPolicy(TorchPolicy):
    def __init__(self, config):
        model = LSTMWrapper(config["obs_dim"], config["num_actions"], config["lstm_cell_size"])
        super().__init__(model, torch.optim.Adam(model.parameters(), lr=config["lr"]))

    def get_initial_state(self):
        z = torch.zeros(1, 1, self.model.cell_size)
        return (z, z.clone())

    @staticmethod
    def loss(model, batch):
        logits, _ = model(batch["obs"], None)
        logp = torch.distributions.Categorical(logits=logits).log_prob(batch["actions"])
        return -(logp * batch["advantages"]).mean()
