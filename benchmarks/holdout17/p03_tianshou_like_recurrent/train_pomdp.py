# expect: crash
"""Recurrent policy-gradient on a toy POMDP, laid out like a tianshou example script."""
import torch

from tsh.data import Collector, ToyPOMDP
from tsh.policy import RecurrentActor, PGPolicy
from tsh.trainer import onpolicy_trainer

torch.manual_seed(41)


def main():
    env = ToyPOMDP(obs_dim=3, n_actions=2, horizon=6)
    actor = RecurrentActor(obs_dim=3, hidden=8, n_actions=2, stack_num=4)
    policy = PGPolicy(actor, torch.optim.Adam(actor.parameters(), lr=1e-3), discount=0.95)
    collector = Collector(policy, env)
    result = onpolicy_trainer(policy, collector, max_epoch=2, step_per_collect=2)
    print(result)
    print("done")


if __name__ == "__main__":
    main()
