# expect: crash
"""DI-engine style Policy with three modes. `eval_mode.forward` calls `self._model.eval()`; `learn_mode.forward`
assumes the model is still in train mode (set once in `_init_learn`). The serial pipeline evaluates before the
second learner iteration, so that update runs through an eval-mode LSTM."""
from collections import namedtuple
import torch
import torch.nn as nn

PolicyAPI = namedtuple("PolicyAPI", ["forward", "reset"])


class DRQNModel(nn.Module):
    def __init__(self, obs=4, act=2):
        super().__init__()
        self.encoder = nn.Linear(obs, 16)
        self.core = nn.LSTM(16, 16, batch_first=True)
        self.q = nn.Linear(16, act)

    def forward(self, obs_seq):
        return self.q(self.core(torch.relu(self.encoder(obs_seq)))[0])


class R2D2LikePolicy:
    def __init__(self, cfg):
        self._cfg = cfg
        self._model = DRQNModel()
        for name in ("learn", "collect", "eval"):
            getattr(self, "_init_" + name)()

    def _init_learn(self):
        self._optimizer = torch.optim.Adam(self._model.parameters(), lr=self._cfg["lr"])
        self._model.train()

    def _init_collect(self):
        self._eps = 0.1

    def _init_eval(self):
        pass

    def _forward_learn(self, data):
        q = self._model(data["obs"])
        q_a = q.gather(-1, data["action"].unsqueeze(-1)).squeeze(-1)
        loss = nn.functional.smooth_l1_loss(q_a, data["reward"])
        self._optimizer.zero_grad()
        loss.backward()  # TM001-here
        self._optimizer.step()
        return {"total_loss": loss.item()}

    def _forward_collect(self, data):
        with torch.no_grad():
            return {"action": self._model(data["obs"]).argmax(-1)}

    def _forward_eval(self, data):
        self._model.eval()
        with torch.no_grad():
            return {"action": self._model(data["obs"]).argmax(-1)}

    @property
    def learn_mode(self):
        return PolicyAPI(self._forward_learn, lambda: None)

    @property
    def collect_mode(self):
        return PolicyAPI(self._forward_collect, lambda: None)

    @property
    def eval_mode(self):
        return PolicyAPI(self._forward_eval, lambda: None)


def serial_pipeline(policy, iterations=3):
    learner, collector, evaluator = policy.learn_mode, policy.collect_mode, policy.eval_mode
    for it in range(iterations):
        obs = torch.randn(4, 5, 4)
        act = collector.forward({"obs": obs})["action"]
        print(it, learner.forward({"obs": obs, "action": act, "reward": torch.randn(4, 5)}))
        evaluator.forward({"obs": torch.randn(1, 5, 4)})


serial_pipeline(R2D2LikePolicy({"lr": 1e-3}))
print("done")
