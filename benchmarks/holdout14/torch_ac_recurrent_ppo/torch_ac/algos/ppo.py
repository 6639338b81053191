import torch
from .base import BaseAlgo


class PPOAlgo(BaseAlgo):
    def __init__(self, envs, acmodel, frames_per_proc=8, recurrence=4, epochs=4, lr=1e-3, clip_eps=0.2, **kw):
        super().__init__(envs, acmodel, frames_per_proc, recurrence=recurrence, **kw)
        self.epochs, self.clip_eps = epochs, clip_eps
        self.optimizer = torch.optim.Adam(self.acmodel.parameters(), lr, eps=1e-8)

    def _get_batches_starting_indexes(self):
        idx = torch.arange(0, self.frames_per_proc * self.num_procs, self.recurrence)
        return [idx[torch.randperm(len(idx))]]

    def update_parameters(self, exps):
        self.acmodel.train()
        for _ in range(self.epochs):
            for inds in self._get_batches_starting_indexes():
                memory = exps.memory[inds]
                batch_loss = 0
                for i in range(self.recurrence):
                    sb = {k: v[inds + i] for k, v in exps.items()}
                    dist, value, memory = self.acmodel(sb["obs"], memory)
                    ratio = torch.exp(dist.log_prob(sb["action"]) - sb["log_prob"])
                    surr = torch.min(ratio * sb["advantage"],
                                     torch.clamp(ratio, 1 - self.clip_eps, 1 + self.clip_eps) * sb["advantage"])
                    policy_loss = -surr.mean()
                    value_loss = (value - sb["returnn"]).pow(2).mean()
                    batch_loss = batch_loss + policy_loss + 0.5 * value_loss - 0.01 * dist.entropy().mean()
                batch_loss = batch_loss / self.recurrence
                self.optimizer.zero_grad()
                batch_loss.backward()
                self.optimizer.step()
        return {"policy_loss": policy_loss.item()}
