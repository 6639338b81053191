# expect: clean
"""The same policy mode APIs; the learn mode's forward puts the model in train mode before each update."""
from collections import namedtuple

import torch
import torch.nn as nn

ModeAPI = namedtuple("ModeAPI", ["forward", "reset"])


class SequenceQ(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 8, batch_first=True)
        self.q = nn.Linear(8, 2)

    def forward(self, obs):
        return self.q(self.lstm(obs)[0])


class Policy:
    def __init__(self):
        self._model = SequenceQ()
        self._optimizer = torch.optim.Adam(self._model.parameters(), lr=1e-3)
        self._model.train()

    def _learn(self, batch):
        self._model.train()
        q = self._model(batch["obs"]).max(-1).values
        loss = nn.functional.mse_loss(q, batch["target"])
        self._optimizer.zero_grad()
        loss.backward()
        self._optimizer.step()
        return float(loss)

    def _evaluate(self, batch):
        self._model.eval()
        with torch.no_grad():
            return self._model(batch["obs"]).argmax(-1)

    @property
    def learn_mode(self):
        return ModeAPI(self._learn, lambda: None)

    @property
    def eval_mode(self):
        return ModeAPI(self._evaluate, lambda: None)


def pipeline(policy, iterations=3):
    learner, evaluator = policy.learn_mode, policy.eval_mode
    for step in range(iterations):
        batch = {"obs": torch.randn(2, 5, 3), "target": torch.randn(2, 5)}
        print(step, learner.forward(batch))
        evaluator.forward({"obs": torch.randn(1, 5, 3)})


pipeline(Policy())
