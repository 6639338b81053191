import contextlib

import torch

from utils.losses import compute_value_loss, backprop


class AttributeSavingMixin:
    saved_attributes = ("model", "optimizer")


class Agent:
    training = True

    @contextlib.contextmanager
    def eval_mode(self):
        orig_mode = self.training
        try:
            self.training = False
            yield
        finally:
            self.training = orig_mode


class DRQN(AttributeSavingMixin, Agent):
    def __init__(self, q_function, optimizer, gamma, update_interval, batch_size):
        self.model = q_function
        self.optimizer = optimizer
        self.gamma = gamma
        self.update_interval = update_interval
        self.batch_size = batch_size
        self.replay = []
        self.t = 0
        self._episode = []

    def act(self, obs):
        if not self.training:
            self.model.eval()
        with torch.no_grad():
            q = self.model(torch.stack(self._episode[-3:] + [obs])[None])
        return int(q[0, -1].argmax())

    def observe(self, obs, reward, done, reset):
        self._episode.append(obs)
        self.replay.append((obs, reward))
        self.t += 1
        if self.training and self.t % self.update_interval == 0 and len(self.replay) >= 4:
            self.update()
        if done or reset:
            self._episode = []

    def update(self):
        seq = torch.stack([o for o, _ in self.replay[-4:]])[None].repeat(self.batch_size, 1, 1)
        rew = torch.tensor([r for _, r in self.replay[-4:]]).repeat(self.batch_size, 1)
        loss = compute_value_loss(self.model, seq, rew, self.gamma)
        backprop(self.optimizer, loss)
