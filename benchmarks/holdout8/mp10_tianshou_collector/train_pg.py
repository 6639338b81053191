# expect: clean
# tianshou style: the test collector calls policy.eval(); onpolicy_trainer calls policy.train() at the
# start of every epoch, before the training collector and policy.update()/learn().
import torch

from ts import Collector, RecurrentPGPolicy, onpolicy_trainer
from ts.collector import ToyEnv
from ts.policy import RecurrentActor

if __name__ == "__main__":
    torch.manual_seed(0)
    actor = RecurrentActor()
    policy = RecurrentPGPolicy(actor, torch.optim.Adam(actor.parameters(), lr=1e-2))
    onpolicy_trainer(policy, Collector(policy, ToyEnv(seed=1)), Collector(policy, ToyEnv(seed=2), is_test=True),
                     max_epoch=3)
