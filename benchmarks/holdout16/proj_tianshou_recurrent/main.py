# expect: crash
"""Tianshou-flavoured on-policy loop with a recurrent actor: a collector gathers
stacked observations, the policy learns from the buffer."""
import torch

from collector import Collector, ToyEnv
from policy import RecurrentActor, PGPolicy


def onpolicy_trainer(policy, collector, max_epoch=2, step_per_collect=8, repeat_per_collect=1):
    for epoch in range(max_epoch):
        batch = collector.collect(n_step=step_per_collect)
        stats = policy.update(batch, repeat=repeat_per_collect)
        print(f"epoch {epoch} rew {batch['rew'].mean().item():.3f} loss {stats['loss']:.4f}")


if __name__ == "__main__":
    torch.manual_seed(0)
    actor = RecurrentActor(obs_dim=3, n_actions=2, hidden=8, stack=4)
    policy = PGPolicy(actor, torch.optim.Adam(actor.parameters(), lr=1e-3))
    collector = Collector(policy, ToyEnv(), stack=4)
    onpolicy_trainer(policy, collector)
