import torch
import torch.nn as nn

from . import POLICY_REGISTRY
from .base_policy import Policy


class DRQN(nn.Module):
    def __init__(self, obs_dim, action_dim):
        super().__init__()
        self.encoder = nn.Linear(obs_dim, 16)
        self.core = nn.LSTM(16, 16, batch_first=True)
        self.head = nn.Linear(16, action_dim)

    def forward(self, obs):
        return {"logit": self.head(self.core(torch.relu(self.encoder(obs)))[0])}


@POLICY_REGISTRY.register("drqn")
class DRQNPolicy(Policy):
    def default_model(self, obs_dim, action_dim, **_):
        return DRQN(obs_dim, action_dim)

    def _init_learn(self):
        self._optimizer = torch.optim.Adam(self._model.parameters(), lr=self._cfg["lr"])
        self._learn_model = self._model

    def _init_collect(self):
        self._collect_model = self._model

    def _init_eval(self):
        self._eval_model = self._model

    def collect_fake_data(self):
        return {"obs": torch.randn(4, 5, self._cfg["obs_dim"]),
                "action": torch.randint(0, self._cfg["action_dim"], (4, 5)), "reward": torch.randn(4, 5)}

    def _forward_learn(self, data):
        self._learn_model.train()
        q = self._learn_model(data["obs"])["logit"]
        q_a = q.gather(-1, data["action"].unsqueeze(-1)).squeeze(-1)
        loss = nn.functional.mse_loss(q_a, data["reward"])
        self._optimizer.zero_grad()
        loss.backward()
        self._optimizer.step()
        return {"total_loss": loss.item()}

    def _forward_eval(self, data):
        self._eval_model.eval()
        with torch.no_grad():
            return {"action": self._eval_model(data["obs"])["logit"].argmax(-1)}
