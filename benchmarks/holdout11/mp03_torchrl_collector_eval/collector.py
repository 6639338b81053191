import contextlib
import enum

import torch


class ExplorationType(enum.Enum):
    RANDOM = "random"
    DETERMINISTIC = "deterministic"


_EXPLORATION = [ExplorationType.RANDOM]


@contextlib.contextmanager
def set_exploration_type(kind):
    _EXPLORATION.append(kind)
    try:
        yield
    finally:
        _EXPLORATION.pop()


class ToyEnv:
    def __init__(self, obs_dim=4, n_actions=2, batch=3):
        self.obs_dim, self.n_actions, self.batch = obs_dim, n_actions, batch

    def reset(self):
        return torch.randn(self.batch, self.obs_dim)

    def step(self, action):
        reward = (action == 0).float() - 0.5
        return torch.randn(self.batch, self.obs_dim), reward


class SyncDataCollector:
    def __init__(self, env, policy, frames_per_batch=6, total_frames=18):
        self.env, self.policy = env, policy
        self.frames_per_batch, self.total_frames = frames_per_batch, total_frames

    def rollout(self):
        obs, hidden, steps = self.env.reset(), None, []
        for _ in range(self.frames_per_batch):
            td = self.policy({"obs": obs, "hidden": hidden})
            if _EXPLORATION[-1] is ExplorationType.DETERMINISTIC:
                action = td["logits"].argmax(-1)
            else:
                action = torch.distributions.Categorical(logits=td["logits"]).sample()
            next_obs, reward = self.env.step(action)
            steps.append({"obs": obs, "action": action, "reward": reward})
            obs, hidden = next_obs, td["next_hidden"]
        return {k: torch.stack([s[k] for s in steps], 1) for k in steps[0]}

    def __iter__(self):
        collected = 0
        self.policy.eval()  # no dropout/noise while acting
        while collected < self.total_frames:
            with torch.no_grad():
                batch = self.rollout()
            collected += self.frames_per_batch
            yield batch
