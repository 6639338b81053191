import torch
import torch.nn.functional as F

from .rollout import greedy_rollout


class FineTuner:
    def __init__(self, agent, track, lr=1e-2, episodes=3, warmup=2):
        self.agent, self.track = agent, track
        self.episodes, self.warmup = episodes, warmup
        self.opt = torch.optim.Adam(agent.policy.parameters(), lr=lr)

    def _supervised(self):
        self.agent.policy.train()
        logits = self.agent.policy(self.track.curves)
        loss = F.cross_entropy(logits.flatten(0, 1), self.track.best.flatten())
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        return loss.item()

    def _reinforce(self, baseline):
        actions, logp = self.agent.act(self.track.curves)
        reward = self.track.time_saved(actions)
        loss = -((reward - baseline) * logp.sum(-1)).mean()
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()
        return reward.item()

    def __iter__(self):
        for _ in range(self.warmup):
            yield {"phase": "warmup", "value": self._supervised()}
        baseline = greedy_rollout(self.agent, self.track)
        yield {"phase": "greedy", "value": baseline}
        for _ in range(self.episodes):
            yield {"phase": "pg", "value": self._reinforce(baseline)}
