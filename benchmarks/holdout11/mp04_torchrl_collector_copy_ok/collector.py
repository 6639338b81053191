import copy

import torch


class ToyEnv:
    def __init__(self, obs_dim=4, n_actions=2, batch=3):
        self.obs_dim, self.n_actions, self.batch = obs_dim, n_actions, batch

    def reset(self):
        return torch.randn(self.batch, self.obs_dim)

    def step(self, action):
        return torch.randn(self.batch, self.obs_dim), (action == 1).float()


class MultiSyncDataCollector:
    """Acts with its own eval-mode copy of the policy; weights are pulled from the trained policy on request."""

    def __init__(self, env, policy, frames_per_batch=6, total_frames=18):
        self.env = env
        self.source_policy = policy
        self.policy = copy.deepcopy(policy).eval().requires_grad_(False)
        self.frames_per_batch, self.total_frames = frames_per_batch, total_frames

    def update_policy_weights_(self):
        self.policy.load_state_dict(self.source_policy.state_dict())

    @torch.no_grad()
    def rollout(self):
        obs, hidden, steps = self.env.reset(), None, []
        for _ in range(self.frames_per_batch):
            td = self.policy({"obs": obs, "hidden": hidden})
            action = torch.distributions.Categorical(logits=td["logits"]).sample()
            next_obs, reward = self.env.step(action)
            steps.append({"obs": obs, "action": action, "reward": reward})
            obs, hidden = next_obs, td["next_hidden"]
        return {k: torch.stack([s[k] for s in steps], 1) for k in steps[0]}

    def __iter__(self):
        for _ in range(self.total_frames // self.frames_per_batch):
            yield self.rollout()
