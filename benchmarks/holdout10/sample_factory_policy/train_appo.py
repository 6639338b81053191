# expect: clean
"""Sample-Factory-style APPO loop with a recurrent ActorCritic (encoder -> core LSTM -> heads).

The rollout worker runs the shared policy in eval under no_grad; Learner.train_step is
wrapped by the @in_train_mode decorator (sf_lite/utils/decorators.py), which calls
.train() on the policy before the PPO loss is built and backpropagated.
"""
import torch

from sf_lite.learner import Learner
from sf_lite.model import create_actor_critic
from sf_lite.rollout import RolloutWorker

CFG = {"obs_dim": 6, "num_actions": 3, "hidden": 16, "rollout": 8, "num_envs": 2,
       "core": "lstm", "ppo_clip_ratio": 0.1, "lr": 3e-4, "train_iters": 3}

if __name__ == "__main__":
    torch.manual_seed(13)
    actor_critic = create_actor_critic(CFG)
    worker = RolloutWorker(actor_critic, CFG)
    learner = Learner(actor_critic, CFG)
    for it in range(CFG["train_iters"]):
        batch = worker.collect()
        stats = learner.train_step(batch)
        print(it, stats)
