import torch

from ..base import BasePolicy


class PGPolicy(BasePolicy):
    def __init__(self, actor, optim, discount=0.99):
        super().__init__()
        self.actor, self.optim, self.gamma = actor, optim, discount

    def forward(self, hist):
        return torch.distributions.Categorical(logits=self.actor(hist))

    def process_fn(self, episodes):
        out = []
        for ep in episodes:
            ret, rets = 0.0, []
            for r in reversed(ep["rew"]):
                ret = r + self.gamma * ret
                rets.insert(0, ret)
            out.append((ep, torch.tensor(rets)))
        return out

    def learn(self, batch):
        losses = []
        for ep, rets in batch:
            k = self.actor.stack_num
            for t, a in enumerate(ep["act"]):
                hist = torch.stack(ep["obs"][max(0, t - k + 1):t + 1]).unsqueeze(0)
                losses.append(-self.forward(hist).log_prob(torch.tensor([a])) * rets[t])
        loss = torch.cat(losses).mean()
        self.optim.zero_grad()
        loss.backward()  # TM001-here
        self.optim.step()
        return {"loss": loss.item()}
